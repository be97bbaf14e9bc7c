package catalog

// The app's last words on stderr when it was stopped with no meeting
// under way: nothing of a meeting to speak of (see CLIStopped and
// CLIPanicked for a meeting).
const (
	CLIStoppedIdle  Key = "cli.stopped.idle"
	CLIPanickedIdle Key = "cli.panicked.idle"
)

var enApp = map[Key]string{
	CLIStoppedIdle:  "circle: stopped from outside, with no meeting under way. Start circle again when you need it.",
	CLIPanickedIdle: "circle: something went wrong inside circle and it had to stop, with no meeting under way. Start circle again.",
}

var nbApp = map[Key]string{
	CLIStoppedIdle:  "circle: ble stoppet utenfra, uten noe møte i gang. Start circle igjen når du trenger den.",
	CLIPanickedIdle: "circle: noe gikk galt inne i circle, og den måtte stoppe, uten noe møte i gang. Start circle igjen.",
}
