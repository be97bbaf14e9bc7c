package components

// Window is the part [from, to) of a list of n lines that fits in room
// lines and shows the line at, the pointer's: a third of the way down when
// the list is longer than the room, so there is always some of the list
// before it and more after.
func Window(n, at, room int) (from, to int) {
	if room <= 0 {
		return 0, 0
	}
	if n <= room {
		return 0, n
	}
	from = min(max(0, at-room/3), n-room)
	return from, from + room
}

// WindowSpan is Window for an item of span lines from line at: the whole
// item is shown when it fits in room, its start when it does not.
func WindowSpan(n, at, span, room int) (from, to int) {
	from, to = Window(n, at, room)
	if end := at + max(1, span); end > to && room > 0 {
		from = max(0, min(at, end-room))
		to = min(n, from+room)
	}
	return from, to
}
