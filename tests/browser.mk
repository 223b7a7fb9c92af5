# Real-browser test of the notebook UI and the README screenshot (issue 6).
# Included by the Makefile, which defines GO and BIN and the build target.
#
#   make browser-test    Debian's jupyter notebook + headless Chromium run a
#                        course notebook (BROWSER_NOTEBOOK=path to pick one),
#                        then opens the course as shipped (untrusted, not run)
#                        and checks that every timeline shows as a picture
#   make screenshot      the same run, also writing docs/screenshot.png
#
# The test is a Go module of its own (tests/browser/go.mod), so that
# chromedp stays out of gonotes' go.mod; `go test ./...` at the top does not
# reach it.

BROWSER_NOTEBOOK ?=
SCREENSHOT_CELL  ?= var lock1, lock2
BROWSER_ARGS = $(if $(BROWSER_NOTEBOOK),-notebook $(abspath $(BROWSER_NOTEBOOK)))

.PHONY: browser-test screenshot

browser-test: build
	cd tests/browser && $(GO) vet . && \
	  GONOTES_BIN=$(CURDIR)/$(BIN) $(GO) test -count=1 -timeout 4m -v . -args $(BROWSER_ARGS)

screenshot: build
	cd tests/browser && \
	  GONOTES_BIN=$(CURDIR)/$(BIN) $(GO) test -count=1 -timeout 4m -v . -args $(BROWSER_ARGS) \
	    -screenshot $(CURDIR)/docs/screenshot.png -screenshot-cell '$(SCREENSHOT_CELL)'
