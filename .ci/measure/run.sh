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
#
# It needs only Go, tmux and a Linux /proc (and bash, awk, sed, getconf).
# It builds everything into a temporary folder, uses its own tmux server
# (nothing of yours is touched) and removes both when it ends. Not part of
# CI: it takes about four minutes and its figures depend on the machine.
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/../.."

secs=${MEASURE_SECONDS:-60}
settle=3 # seconds between reaching the measured state and the first sample
ticks=$(getconf CLK_TCK)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/circle-measure.XXXXXX")
sock="circle-measure-$$"
tm() { tmux -L "$sock" -f "$tmp/tmux.conf" "$@"; }
cleanup() {
	tmux -L "$sock" kill-server 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The status line off, so the pane is the whole 120x40 window; a pane whose
# program ends stays, so its last screen can be shown.
printf 'set -g status off\nset -g remain-on-exit on\n' >"$tmp/tmux.conf"

echo "== build"
go build -o "$tmp/circle" .
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

# cpu NAME COMM LABEL: CPU % of one core used by the pane's program over
# $secs seconds, after $settle seconds.
cpu() {
	local pid a b
	pid=$(pid_of "$1" "$2")
	sleep "$settle"
	a=$(sample "$pid")
	sleep "$secs"
	b=$(sample "$pid")
	awk -v a="$a" -v b="$b" -v hz="$ticks" -v label="$3" -v pid="$pid" 'BEGIN {
		split(a, x, " "); split(b, y, " ")
		wall = y[1] - x[1]; cpu = (y[2] - x[2]) / hz
		printf "%-16s %6.3f %% of one core  (%.2f s CPU in %.1f s, pid %s)\n", label ":", 100 * cpu / wall, cpu, wall, pid
	}'
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
cpu_circle=$(cpu circle circle "circle @10 fps")
echo "$cpu_circle"
if ! screen circle | grep -Eq '^ *shares *$'; then
	echo "circle left the sharing turn during the measurement; the screen:" >&2
	screen circle >&2
	exit 1
fi
tm kill-session -t circle

for fps in 0 10; do
	name="minimal$fps"
	label="minimal @$([ "$fps" = 0 ] && echo 60 || echo "$fps") fps"
	new_pane "$name" "exec '$tmp/minimal' -fps $fps"
	wait_for "$name" 'MINIMAL'
	line=$(cpu "$name" minimal "$label")
	echo "$line"
	tm kill-session -t "$name"
	[ "$fps" = 0 ] && cpu_min60=$line || cpu_min10=$line
done

pc() { sed -n 's/^[^:]*: *\([0-9.]*\) %.*/\1/p' <<<"$1"; }
awk -v c="$(pc "$cpu_circle")" -v m60="$(pc "$cpu_min60")" -v m10="$(pc "$cpu_min10")" 'BEGIN {
	printf "circle %.3f %% (target <= 0.45 %%: %s); minimal %.3f %% @60 fps, %.3f %% @10 fps\n",
		c, (c <= 0.45 ? "met" : "MISSED"), m60, m10
}'
