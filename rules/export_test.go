package rules

// MaxFileBytes is the largest rules file read, for the tests in package
// rules_test. The tests are a package of their own so that a change in
// the code recompiles it only, not them (.ci/mutate builds one test binary
// per mutant).
const MaxFileBytes = maxFileBytes
