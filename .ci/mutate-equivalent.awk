# Used by .ci/mutate (run with LC_ALL=C: columns are bytes, as gremlins
# counts them). Reads .ci/mutate.equivalent, then the package's mutants as
# "file:line:column MUTATOR STATUS", and prints each mutant again with a
# tab and its key, STATUS made EQUIVALENT when an entry names it:
#
#   file MUTATOR +COL | code of the line, trimmed
#
# +COL is the column counted from the line's first non-blank character (1
# is that character). A line whose trimmed text occurs more than once in
# its file gets " @LINE" after +COL: its entry then holds only at that line
# number and goes stale when the line moves (or when its text is no longer
# twice in the file). An entry without @LINE for such a line silences
# nothing and is reported as ambiguous. Lines "stale"
# and "ambiguous" go to the file named by -v notes. The package's files
# are read under -v src (a copy made before gremlins ran), or here.
#
#   awk -v p=ui/pages/meeting -v src=DIR -v notes=FILE -f mutate-equivalent.awk EQ ALL
function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t\r]+$/, "", s); return s }
function load(f,   path, line, i, t) {
  if (f in loaded) return
  loaded[f] = 1
  path = (src != "" ? src "/" : "") p "/" f
  i = 0
  while ((getline line < path) > 0) {
    i++
    t = trim(line)
    text[f, i] = t
    lead[f, i] = match(line, /[^ \t]/) - 1
    times[f, t]++
  }
  close(path)
}
# The key of the mutant at f:l:c of mutator m.
function key(f, l, c, m,   t) {
  load(f)
  t = text[f, l]
  return f " " m " +" (c - lead[f, l]) (times[f, t] > 1 ? " @" l : "") " | " t
}
FILENAME == ARGV[1] {
  line = trim($0)
  if (line == "" || line ~ /^#/) next
  first = index(line, " | ")
  rest = substr(line, first + 3)
  last = 0
  for (i = 1; i <= length(rest) - 2; i++) if (substr(rest, i, 3) == " | ") last = i
  n = split(first ? substr(line, 1, first - 1) : line, h, /[ \t]+/)
  if (h[1] != p) next
  code = trim(substr(rest, 1, last - 1))
  reason = trim(substr(rest, last + 3))
  if (!first || !last || code == "" || reason == "" || (n != 4 && n != 5) ||
      h[4] !~ /^\+[0-9]+$/ || (n == 5 && h[5] !~ /^@[0-9]+$/)) {
    print "    unreadable entry in .ci/mutate.equivalent (see its top): " line >notes
    next
  }
  f = h[2]
  load(f)
  at = n == 5 ? h[5] : ""
  shown = substr(line, 1, first - 1) " | " code
  if (times[f, code] > 1 && at == "") {
    print "    ambiguous entry in .ci/mutate.equivalent, silences nothing (" times[f, code] " lines of " f " read so: add @LINE after +COL): " shown >notes
    next
  }
  k = f " " h[3] " " h[4] (at != "" ? " " at : "") " | " code
  eq[k] = 1
  entry[k] = shown
  next
}
{
  split($1, a, ":")
  k = key(a[1], a[2], a[3], $2)
  if ($3 == "LIVED" && k in eq) { $3 = "EQUIVALENT"; used[k] = 1 }
  print $0 "\t" k
}
END {
  for (k in eq) if (!(k in used)) print "    stale entry in .ci/mutate.equivalent: " entry[k] >notes
}
