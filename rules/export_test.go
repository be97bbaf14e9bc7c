package rules

// MaxFileBytes is the largest rules file read, for the tests in package
// rules_test, which use the package as its callers do.
const MaxFileBytes = maxFileBytes
