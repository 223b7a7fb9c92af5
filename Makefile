# gonotes: a Jupyter kernel for Go.
#   make notebook   build, install the kernelspec, open the course in Jupyter
#   make test       everything CI runs
#   make bench      the benchmark figures in README.md

GO      ?= go
BIN     := bin/gonotes
PYTHON  ?= /usr/bin/python3
export GOFLAGS := -buildvcs=false

.PHONY: build install notebook test check unit race jupyter-test fuzz bench clean conformance

include tests/browser.mk tests/docker.mk

build:
	$(GO) build -o $(BIN) .

install: build
	./$(BIN) install --user

notebook: install
	jupyter notebook notebooks/

# Everything CI runs.
test: check build unit conformance race jupyter-test docker-test browser-test

check:
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '^third_party/')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

unit: build
	# TestConformance runs in its own target, which prints its table.
	GONOTES_BIN=$(CURDIR)/$(BIN) $(GO) test -count=1 -timeout 20m -skip TestConformance ./...
	# The end-to-end tests again with the interpreter in the kernel process (GONOTES_SINGLE_PROCESS).
	GONOTES_SINGLE_PROCESS=1 GONOTES_BIN=$(CURDIR)/$(BIN) $(GO) test -count=1 -timeout 5m .

race:
	$(GO) test -count=1 -race -timeout 10m ./lib/... ./kernel

# Real Jupyter (Debian's jupyter_client, nbclient, nbconvert) against the
# installed kernelspec.
jupyter-test: build
	GONOTES_BIN=$(CURDIR)/$(BIN) $(PYTHON) tests/jupyter_test.py

# The differential conformance suite (kernel/eval/testdata/conformance):
# every program run by the toolchain and as cells; the table, then the full
# report in bin/conformance.txt.
conformance:
	@mkdir -p bin; rm -f bin/conformance.txt; status=0; \
	GONOTES_CONFORMANCE_REPORT=$(CURDIR)/bin/conformance.txt $(GO) test -count=1 -v -timeout 10m -run TestConformance ./kernel/eval || status=$$?; \
	echo; if [ -f bin/conformance.txt ]; then sed -n '1,/^$$/p' bin/conformance.txt; echo "full report: bin/conformance.txt"; fi; exit $$status

fuzz:
	$(GO) test ./kernel -run '^$$' -fuzz FuzzDecode -fuzztime 30s

bench: build
	GONOTES_BIN=$(CURDIR)/$(BIN) $(GO) run ./bench

clean:
	rm -rf bin
