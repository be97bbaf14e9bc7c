package store_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"circle/session"
	"circle/store"
)

// jsonMeeting is a meeting of `history --json` as encoding/json writes it.
type jsonMeeting struct {
	session.Log
	GroupName string `json:"group_name,omitempty"`
}

func TestAppendJSONIsEncodingJSON(t *testing.T) {
	var logs []jsonMeeting
	for _, l := range recordLogs(t) {
		logs = append(logs, jsonMeeting{Log: l})
	}
	logs[0].GroupName = `Tuesday <&> "group" ø` + "\u2028"
	logs[1].GroupName = "Group 01"
	logs[1].Log.RulesReviewed = append(logs[1].Log.RulesReviewed, "own-1 \\ \t")
	s := openT(t, filepath.Join(t.TempDir(), "circle.db"))
	fillCentre(t, s, 60, 3)
	err := s.EachMeeting(func(l session.Log) error {
		logs = append(logs, jsonMeeting{Log: l})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want, err := json.MarshalIndent(logs, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got := []byte("[\n")
	for i, m := range logs {
		if i > 0 {
			got = append(got, ",\n"...)
		}
		got = store.AppendJSON(got, m.Log, m.GroupName)
	}
	got = append(got, "\n]"...)
	if !bytes.Equal(got, want) {
		t.Errorf("AppendJSON differs from encoding/json (-want +got):\n%s", cmp.Diff(string(want), string(got)))
	}
}

// EachMeeting gives every meeting Meetings gives, in its order; an error
// from f stops it at once and comes back as it is.
func TestEachMeetingIsMeetings(t *testing.T) {
	s := openT(t, filepath.Join(t.TempDir(), "circle.db"))
	fillCentre(t, s, 12, 3)
	want, err := s.Meetings()
	if err != nil || len(want) != 12 {
		t.Fatalf("Meetings() = %d meetings, %v; want 12", len(want), err)
	}
	var got []session.Log
	if err := s.EachMeeting(func(l session.Log) error { got = append(got, l); return nil }); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("EachMeeting differs from Meetings (-want +got):\n%s", diff)
	}
	stop := errors.New("stop")
	n := 0
	if err := s.EachMeeting(func(session.Log) error { n++; return stop }); err != stop || n != 1 {
		t.Errorf("EachMeeting with f failing = %v after %d calls; want stop after 1", err, n)
	}
}
