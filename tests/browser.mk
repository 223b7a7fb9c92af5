# Real-browser test of the notebook UI and the README screenshot (issue 6).
# Included by the Makefile, which defines GO and BIN and the build target.
#
#   make browser-test    Debian's jupyter notebook + headless Chromium run a
#                        course notebook (BROWSER_NOTEBOOK=path to pick one),
#                        then opens the course as shipped (untrusted, not run)
#                        and checks that every timeline shows as a picture
#   make screenshot      the same run, also writing docs/screenshot.png
#   make widgets-browser-test  widgets a gonotes kernel sends, rendered by a
#                        real widgets front end in headless Chromium
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

# Widgets in a real widgets front end (issue 16): the widget state a gonotes
# kernel sends, rendered by @jupyter-widgets/html-manager (from npm, cached
# in $(WIDGETS_NPM)) in headless Chromium.
WIDGETS_NPM ?= $(HOME)/.cache/gonotes-widgets-npm
WIDGETS_HTML_MANAGER ?= 1.0.15

.PHONY: widgets-browser-test
widgets-browser-test: build
	mkdir -p $(WIDGETS_NPM)
	test -f $(WIDGETS_NPM)/node_modules/@jupyter-widgets/html-manager/dist/embed.js || \
	  (cd $(WIDGETS_NPM) && npm install --no-audit --no-fund --no-save @jupyter-widgets/html-manager@$(WIDGETS_HTML_MANAGER))
	GONOTES_BIN=$(CURDIR)/$(BIN) WIDGETS_EMBED_JS=$(WIDGETS_NPM)/node_modules/@jupyter-widgets/html-manager/dist/embed.js \
	  $(PYTHON) tests/widgets_browser_test.py
