# Release archives: per platform a .tar.gz (.zip for Windows) with the
# binary, LICENSE, README.md, CHANGELOG.md, the man pages and the shell
# completions, and dist/SHA256SUMS; the same bytes from the same commit
# (see .ci/release).
#   make release
#   make release VERSION=v1.2.0
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo devel)

.PHONY: release test
release:
	go run ./.ci/release -version $(VERSION) -out dist

test:
	go test -race ./...
