#!/usr/bin/env bash
# Measures circle against the issue's two targets and prints every figure:
#
#   start-up   circle's first frame shows within 15 ms of the first frame of
#              a minimal bubbletea v1 program (minimal/, default 60 fps);
#              medians of 20 runs on a fresh 120x40 pseudo-terminal
#              (firstframe/).
#   idle cost  while a sharing turn runs, the circle process uses at most
#              0.45 % of one core over MEASURE_SECONDS (default 60) in a
#              120x40 tmux pane: utime+stime from /proc/PID/stat. The minimal
#              program at 60 and at 10 fps is measured the same way, one
#              after the other, for comparison.
#
# Run it from the repository root:
#
#   .ci/measure/run.sh
#   MEASURE_SECONDS=10 .ci/measure/run.sh    # a quick try
#   MEASURE_REF=HEAD .ci/measure/run.sh       # circle as committed, not
#                                             # the working tree
#
# It needs only Go, tmux and a Linux /proc (and bash, awk, sed, getconf).
# It builds everything into a temporary folder, runs its own tmux server
# (its socket in that folder: none of yours is touched) and removes both
# when it ends. Not part of CI: it takes about four minutes, and its figures
# depend on the machine and its load (run it twice if they look noisy).
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/../.."

secs=${MEASURE_SECONDS:-60}
settle=3 # seconds between reaching the measured state and the first sample
ticks=$(getconf CLK_TCK)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/circle-measure.XXXXXX")
# A tmux server of our own, its socket in $tmp.
tm() { tmux -S "$tmp/tmux.sock" -f "$tmp/tmux.conf" "$@"; }
sleeper=
cleanup() {
	[ -z "$sleeper" ] || kill "$sleeper" 2>/dev/null || true
	[ ! -S "$tmp/tmux.sock" ] || tm kill-server 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# pause SECONDS: sleeps, but a signal ends the script at once.
pause() {
	sleep "$1" &
	sleeper=$!
	wait "$sleeper"
	sleeper=
}

# The status line off, so the pane is the whole 120x40 window; a pane whose
# program ends stays, so its last screen can be shown.
printf 'set -g status off\nset -g remain-on-exit on\n' >"$tmp/tmux.conf"

echo "== build"
if [ -n "${MEASURE_REF:-}" ]; then
	echo "circle from $MEASURE_REF ($(git rev-parse --short "$MEASURE_REF"))"
	mkdir "$tmp/src"
	git archive "$MEASURE_REF" | tar -x -C "$tmp/src"
	(cd "$tmp/src" && go build -o "$tmp/circle" .)
else
	echo "circle from the working tree"
	go build -o "$tmp/circle" .
fi
go build -o "$tmp/minimal" ./.ci/measure/minimal
go build -o "$tmp/firstframe" ./.ci/measure/firstframe
echo "go $(go env GOVERSION), $(nproc) cores, CLK_TCK $ticks, $(uname -sr)"

# --- start-up ---------------------------------------------------------------

echo
echo "== first frame (120x40 pty, median of 20 runs after 1 warm-up run)"
ff_circle=$("$tmp/firstframe" -runs 20 -marker 'Welcome to circle' -- "$tmp/circle" --db "$tmp/ff.db")
ff_minimal=$("$tmp/firstframe" -runs 20 -marker 'MINIMAL' -- "$tmp/minimal")
echo "circle:          $ff_circle"
echo "minimal @60 fps: $ff_minimal"
med() { sed -n 's/.*median=\([0-9.]*\).*/\1/p' <<<"$1"; }
mc=$(med "$ff_circle")
mm=$(med "$ff_minimal")
awk -v c="$mc" -v m="$mm" 'BEGIN {
	d = c - m
	printf "difference (circle - minimal): %+.3f ms  target <= +15 ms: %s\n", d, (d <= 15 ? "met" : "MISSED")
}'

# --- idle cost ----------------------------------------------------------------

# screen NAME: the pane's text.
screen() { tm capture-pane -p -t "$1"; }

# wait_for NAME PATTERN: waits up to 10 s for an extended regexp on screen.
wait_for() {
	local i
	for i in $(seq 100); do
		if screen "$1" | grep -Eq "$2"; then return 0; fi
		sleep 0.1
	done
	echo "timed out waiting for /$2/ in $1; the screen:" >&2
	screen "$1" >&2
	return 1
}

# pid_of NAME COMM: the pid of the program in the pane: the pane's own
# process when it was started with exec, else its child named COMM.
pid_of() {
	local name=$1 comm=$2 pid p stat
	pid=$(tm display-message -p -t "$name" '#{pane_pid}')
	if [ "$(cat "/proc/$pid/comm")" = "$comm" ]; then
		echo "$pid"
		return
	fi
	for p in /proc/[0-9]*; do
		stat=$(cat "$p/stat" 2>/dev/null) || continue
		stat=${stat##*) } # after "pid (comm) "
		set -- $stat      # $1 state, $2 ppid
		if [ "$2" = "$pid" ] && [ "$(cat "$p/comm" 2>/dev/null)" = "$comm" ]; then
			echo "${p#/proc/}"
			return
		fi
	done
	echo "no $comm process in $name" >&2
	return 1
}

# sample PID: "uptime_seconds utime+stime_ticks".
sample() {
	local stat up
	stat=$(cat "/proc/$1/stat")
	read -r up _ </proc/uptime
	stat=${stat##*) } # fields from 3 (state) on
	set -- $stat      # so field 14 is ${12}, field 15 is ${13}
	echo "$up $(( ${12} + ${13} ))"
}

# cpu NAME COMM LABEL: measures the CPU % of one core used by the pane's
# program over $secs seconds, after $settle seconds; sets $percent and
# prints a line.
cpu() {
	local pid a b line
	pid=$(pid_of "$1" "$2")
	pause "$settle"
	a=$(sample "$pid")
	pause "$secs"
	b=$(sample "$pid")
	line=$(awk -v a="$a" -v b="$b" -v hz="$ticks" 'BEGIN {
		split(a, x, " "); split(b, y, " ")
		wall = y[1] - x[1]; cpu = (y[2] - x[2]) / hz
		printf "%.3f %.2f %.1f", 100 * cpu / wall, cpu, wall
	}')
	set -- "$3" $line "$pid"
	percent=$2
	printf '%-16s %6s %% of one core  (%s s CPU in %s s, pid %s)\n' "$1:" "$2" "$3" "$4" "$5"
}

# new_pane NAME COMMAND: a detached 120x40 session running COMMAND.
new_pane() {
	tm new-session -d -s "$1" -x 120 -y 40 "$2"
	local size
	size=$(tm display-message -p -t "$1" '#{pane_width}x#{pane_height}')
	if [ "$size" != 120x40 ]; then
		echo "the pane of $1 is $size, not 120x40" >&2
		return 1
	fi
}

echo
echo "== idle CPU over ${secs} s (120x40 tmux pane, one program at a time)"

# circle, in a running sharing turn.
new_pane circle "exec '$tmp/circle' --db '$tmp/idle.db'"
wait_for circle 'Welcome to circle'
# The first run makes a group: its name, then the rules agreed as they are.
tm send-keys -t circle Enter
wait_for circle "The group's name"
tm send-keys -t circle -l "Measuring group"
tm send-keys -t circle Enter
wait_for circle 'Agree your ground rules'
tm send-keys -t circle Enter
wait_for circle 'Your groups'
keys=(Enter Enter Enter p p p p p p Enter y Enter)
# home -> setup (defaults: 120 min, 6 people) -> opening -> check-in round,
# six passes -> ground rules -> confirm the unticked rules -> first sharing
# turn.
for k in "${keys[@]}"; do
	tm send-keys -t circle "$k"
	sleep 0.3
done
wait_for circle '^ *shares *$'
if ! screen circle | grep -q 'left of'; then
	echo "circle is not in a running turn; the screen:" >&2
	screen circle >&2
	exit 1
fi
cpu circle circle "circle @10 fps"
cpu_circle=$percent
if ! screen circle | grep -Eq '^ *shares *$'; then
	echo "circle left the sharing turn during the measurement; the screen:" >&2
	screen circle >&2
	exit 1
fi
tm kill-session -t circle

# minimal, at bubbletea's default 60 fps and at circle's 10.
new_pane minimal60 "exec '$tmp/minimal'"
wait_for minimal60 'MINIMAL'
cpu minimal60 minimal "minimal @60 fps"
cpu_min60=$percent
tm kill-session -t minimal60

new_pane minimal10 "exec '$tmp/minimal' -fps 10"
wait_for minimal10 'MINIMAL'
cpu minimal10 minimal "minimal @10 fps"
cpu_min10=$percent
tm kill-session -t minimal10

echo
echo "== summary"
awk -v c="$mc" -v m="$mm" -v cc="$cpu_circle" -v m60="$cpu_min60" -v m10="$cpu_min10" -v secs="$secs" 'BEGIN {
	d = c - m
	printf "first frame  circle %.3f ms, minimal@60 %.3f ms, difference %+.3f ms  (target <= +15 ms: %s)\n", c, m, d, (d <= 15 ? "met" : "MISSED")
	printf "idle CPU     circle %.3f %%, minimal@60 %.3f %%, minimal@10 %.3f %% over %d s  (target <= 0.45 %%: %s)\n", cc, m60, m10, secs, (cc <= 0.45 ? "met" : "MISSED")
}'
