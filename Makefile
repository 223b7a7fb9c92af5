# gonotes: a Jupyter kernel for Go.
#   make notebook   build, install the kernelspec, open the course in Jupyter
#   make test       everything CI runs
#   make bench      the benchmark figures in README.md
#   make notebooks-run  re-run the course and store its outputs (maintainers)

GO      ?= go
BIN     := bin/gonotes
PYTHON  ?= /usr/bin/python3
export GOFLAGS := -buildvcs=false

.PHONY: build build-race build-race-if-cc install notebook notebooks-run test check unit race race-engine jupyter-test fuzz difffuzz bench clean conformance pycompat goroot

include tests/browser.mk tests/docker.mk tests/hub.mk

build:
	$(GO) build -o $(BIN) .

# gonotes-race: gonotes built with Go's race detector, next to gonotes, for
# `%race on` and the "Go (gonotes, race detector)" kernel. It needs cgo and a
# C compiler: build-race fails without one (unit, jupyter-test and
# notebooks-run need it; CI installs gcc). install (the README's quick start)
# builds it when the C compiler Go uses (go env CC) is found, and otherwise
# says so and goes on: a build that fails with a compiler found still fails.
build-race:
	CGO_ENABLED=1 $(GO) build -race -o $(BIN)-race .

RACE_CC = $(firstword $(shell $(GO) env CC))
build-race-if-cc:
	@if command -v "$(RACE_CC)" >/dev/null 2>&1; then $(MAKE) --no-print-directory build-race; \
	else echo "gonotes-race not built: Go's race detector needs cgo and a C compiler, and $(RACE_CC) was not found."; \
	  echo "Everything else works; for %race on, install one (e.g. sudo apt-get install gcc) and run make build-race."; fi

install: build build-race-if-cc
	./$(BIN) install --user

# Jupyter refuses to start as root unless told: a container or a cloud VM
# often logs in as root.
notebook: install
	jupyter notebook $(if $(filter 0,$(shell id -u)),--allow-root) notebooks/

# Re-run every course notebook with the kernel and store its real outputs
# in notebooks/*.ipynb. The cells run in a neutral folder ($(NB_RUN_DIR)/notebooks)
# and, when make runs as root, as uid/gid $(NB_RUN_UID) (the Docker image's and
# Binder's user), so that no stored output shows the maintainer's folder or
# uid 0. Run it on an idle machine: notebook 04 prints measured times.
NB_RUN_DIR ?= /tmp/gonotes-course
NB_RUN_UID ?= 1000
notebooks-run: build build-race
	$(GO) run ./cmd/mknb -src notebooks/src -out notebooks
	rm -rf $(NB_RUN_DIR) && mkdir -p $(NB_RUN_DIR)/notebooks $(NB_RUN_DIR)/home
	cp $(BIN) $(NB_RUN_DIR)/gonotes && cp $(BIN)-race $(NB_RUN_DIR)/gonotes-race && cp notebooks/0*.ipynb $(NB_RUN_DIR)/notebooks/
	as=; if [ "$$(id -u)" = 0 ]; then chown -R $(NB_RUN_UID):$(NB_RUN_UID) $(NB_RUN_DIR); \
	  as="setpriv --reuid=$(NB_RUN_UID) --regid=$(NB_RUN_UID) --clear-groups"; fi; \
	cd $(NB_RUN_DIR)/notebooks && for f in 0*.ipynb; do \
	  env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=$(NB_RUN_DIR)/home LANG=C.UTF-8 $$as ../gonotes run "$$f" --inplace || exit 1; done
	cp $(NB_RUN_DIR)/notebooks/0*.ipynb notebooks/
	$(GO) run ./cmd/mknb -src notebooks/src -out notebooks -check

# Everything CI runs.
test: check build unit conformance pycompat race jupyter-test docker-test hub-test browser-test widgets-browser-test

check:
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '^third_party/')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	# gonotes builds on macOS (Intel and Apple silicon) and the BSDs, not only Linux.
	GOOS=darwin GOARCH=arm64 $(GO) build ./...
	GOOS=darwin GOARCH=amd64 $(GO) build ./...
	GOOS=freebsd GOARCH=amd64 $(GO) build ./...
	# The engine's generated files are what their generators write (patches go in genop.go, rtmethods_gen.go).
	@d=$$(mktemp -d) && cp third_party/yaegi/interp/op.go third_party/yaegi/interp/rtmethods_amd64.s $$d/ && \
	  (cd third_party/yaegi && $(GO) generate ./interp) && \
	  for f in op.go rtmethods_amd64.s; do cmp -s $$d/$$f third_party/yaegi/interp/$$f || { echo "third_party/yaegi/interp/$$f differs from what go generate writes: make the change in its generator"; cp $$d/$$f third_party/yaegi/interp/$$f; rm -rf $$d; exit 1; }; done; rm -rf $$d

# The race detector's tests and notebook 03's %race cells use gonotes-race
# next to gonotes.
unit: build build-race
	# TestConformance and TestPyCompat run in their own targets, which print their tables.
	GONOTES_BIN=$(CURDIR)/$(BIN) $(GO) test -count=1 -timeout 20m -skip 'TestConformance|TestPyCompat' ./...
	# The vendored zmq4 has its own go.mod (./... skips it); it builds from this module through the replace.
	$(GO) test -count=1 github.com/go-zeromq/zmq4
	# The end-to-end tests again with the interpreter in the kernel process (GONOTES_SINGLE_PROCESS),
	# but those that start no kernel (make install, gonotes install, the cgroup's limit: the same
	# run twice) and TestBuildWith, whose binary runs its cells in both modes.
	GONOTES_SINGLE_PROCESS=1 GONOTES_BIN=$(CURDIR)/$(BIN) $(GO) test -count=1 -timeout 5m \
	  -skip '^(TestPyCompat|TestMakeInstallWithoutCCompiler|TestInstallRaceKernelspec|TestCgroupMemoryLimit|TestBuildWith)$$' .

race: race-engine
	$(GO) test -count=1 -race -timeout 10m ./lib/... ./kernel

# The engine's own data races: goroutines started by earlier cells run while
# later cells are compiled and run (kernel/eval/races_test.go and the tests
# of goroutines across cells, and the conformance programs of the
# concurrency section). Under 2 minutes. Tests whose interrupt needs
# the hard stop under the race detector's slowdown are left out: an
# abandoned run still races with the next cells (see PATCHES.md).
race-engine:
	$(GO) test -count=1 -race -timeout 5m -run 'GlobalWritesSurviveFrameGrowth|PointerToGlobalSeesAssignments|GoroutinesCallFuncsWhileCellsRun|GlobalsSurviveFrameGrowth|Calls2Concurrent|InterruptedGoroutineOfCell|MainThreadLastsAcrossCells|EarlierCellsThreadPrintsIntoTheRunningCell|GoroutinePanic|ManyGoroutinesInLoop|InterruptLoop|TestConformance/concurrency' ./kernel/eval

# Real Jupyter (Debian's jupyter_client, nbclient, nbconvert) against the
# installed kernelspec, then the protocol's conformance suite
# (jupyter_kernel_test), every one of its tests run.
jupyter-test: build build-race
	GONOTES_BIN=$(CURDIR)/$(BIN) $(PYTHON) tests/jupyter_test.py
	GONOTES_BIN=$(CURDIR)/$(BIN) $(PYTHON) tests/kernel_test.py

# The Go project's own test programs ($GOROOT/test: the `// run` programs of
# test/, ken/, chan/, interface/, typeparam/ and fixedbugs/) as cells against
# go run (kernel/eval/goroot_test.go); `make unit` runs them all but fixedbugs/.
# The report is bin/goroot.txt.
goroot:
	@mkdir -p bin; rm -f bin/goroot.txt; status=0; \
	GONOTES_GOROOT_ALL=1 GONOTES_CONFORMANCE_REPORT=$(CURDIR)/bin/goroot.txt $(GO) test -count=1 -timeout 30m -run 'TestGoRootPrograms' ./kernel/eval || status=$$?; \
	echo; if [ -f bin/goroot.txt ]; then sed -n '1,/^$$/p' bin/goroot.txt; echo "full report: bin/goroot.txt"; fi; exit $$status

# The differential conformance suite (kernel/eval/testdata/conformance):
# every program run by the toolchain and as cells; the table, then the full
# report in bin/conformance.txt.
conformance:
	@mkdir -p bin; rm -f bin/conformance.txt; status=0; \
	GONOTES_CONFORMANCE_REPORT=$(CURDIR)/bin/conformance.txt $(GO) test -count=1 -v -timeout 20m -run TestConformance ./kernel/eval || status=$$?; \
	echo; if [ -f bin/conformance.txt ]; then sed -n '1,/^$$/p' bin/conformance.txt; echo "full report: bin/conformance.txt"; fi; exit $$status

# The differential suite against CPython (lib/testdata/pycompat): every
# pair run by python3, compiled, and as cells; the per-area table, then the
# report of the pairs that differ in bin/pycompat.txt.
pycompat: build
	@mkdir -p bin; rm -f bin/pycompat.txt; status=0; \
	GONOTES_BIN=$(CURDIR)/$(BIN) GONOTES_PYCOMPAT_REPORT=$(CURDIR)/bin/pycompat.txt $(GO) test -count=1 -timeout 30m -run TestPyCompat . > bin/pycompat.log 2>&1 || status=$$?; \
	if [ -f bin/pycompat.txt ]; then sed -n '1,/^$$/p' bin/pycompat.txt; echo "full report: bin/pycompat.txt"; \
	  if [ $$status -ne 0 ]; then echo; echo "pairs that differ:"; sed -n '/^$$/,$$p' bin/pycompat.txt | head -200; fi; \
	else cat bin/pycompat.log; fi; exit $$status

fuzz:
	$(GO) test ./kernel -run '^$$' -fuzz FuzzDecode -fuzztime 30s

# Random programs (cmd/difffuzz) as a temporary section of the conformance
# suite: each built and run by the go command and as cells; prints the table
# (the report of the programs that differ: bin/difffuzz.txt). Not part of
# make test. SEEDS=from:to and KINDS=a,b (go run ./cmd/difffuzz -list) choose
# the programs; keep to about 200 at a time.
SEEDS ?= 0:4
KINDS ?= all
DIFFFUZZ_SECTION := kernel/eval/testdata/conformance/difffuzz_tmp
difffuzz:
	@mkdir -p bin; rm -rf $(DIFFFUZZ_SECTION) bin/difffuzz.txt; status=0; \
	$(GO) run ./cmd/difffuzz -seeds $(SEEDS) -kinds $(KINDS) -out $(DIFFFUZZ_SECTION) && \
	GONOTES_CONFORMANCE_REPORT=$(CURDIR)/bin/difffuzz.txt $(GO) test -count=1 -timeout 30m -run 'TestConformance/difffuzz_tmp' ./kernel/eval > bin/difffuzz.log 2>&1 || status=$$?; \
	rm -rf $(DIFFFUZZ_SECTION); \
	if [ -f bin/difffuzz.txt ]; then sed -n '1,/^$$/p' bin/difffuzz.txt; echo "full report: bin/difffuzz.txt"; else cat bin/difffuzz.log; fi; exit $$status

# make bench compares the round trip with gophernotes too: bench/gophernotes.sh
# builds it into bin/gophernotes (from the Go module proxy, a few minutes, once);
# GOPHERNOTES names another build, GOPHERNOTES= leaves its row out.
GOPHERNOTES ?= $(CURDIR)/bin/gophernotes
bench: build
	@if [ "$(GOPHERNOTES)" = "$(CURDIR)/bin/gophernotes" ] && [ ! -x bin/gophernotes ]; then \
	  sh bench/gophernotes.sh bin/gophernotes || echo "gophernotes could not be built (above): make bench leaves its row out"; fi
	GOPHERNOTES=$$([ -x "$(GOPHERNOTES)" ] && echo "$(GOPHERNOTES)") GONOTES_BIN=$(CURDIR)/$(BIN) $(GO) run ./bench

clean:
	rm -rf bin
