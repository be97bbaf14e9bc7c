# Used by .ci/mutate: rewrites a Go coverage profile so that a block that
# begins right after a case clause's colon begins at its case keyword (see
# there). Profile lines are "import/path/file.go:L1.C1,L2.C2 stmts count".
function src(f, n,   line, i) {
  if (!(f in loaded)) {
    loaded[f] = 1
    i = 0
    path = f
    sub("^" module, "", path)
    while ((getline line < path) > 0) text[f, ++i] = line
    close(path)
  }
  return text[f, n]
}
NR == 1 { print; next }
{
  split($1, a, ":"); file = a[1]
  split(a[2], r, ","); split(r[1], s, ".")
  l = s[1] + 0; c = s[2] + 0
  before = substr(src(file, l), 1, c - 1)
  if (before ~ /^[ \t]*(case[ \t].*|default[ \t]*):[ \t]*$/) {
    $1 = file ":" l ".1," r[2]
  } else if (before ~ /:[ \t]*$/) {
    # A case expression over several lines: find its case keyword.
    for (k = 1; k <= 6; k++) {
      prev = src(file, l - k)
      if (prev !~ /(\|\||&&|,)[ \t]*$/) break
      if (prev ~ /^[ \t]*case[ \t]/) { $1 = file ":" (l - k) ".1," r[2]; break }
    }
  }
  print
}
