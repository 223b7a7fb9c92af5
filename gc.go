package main

import (
	"os"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/traefik/yaegi/interp"
)

// gcPercent is the collector's target for an interpreter process. yaegi
// allocates a frame (and a value per local) for every interpreted call, so
// with Go's default of 100 a cell that starts threads or submits tasks in a
// loop spends about a third of its CPU collecting (measured with go test
// -bench 'Cell(Thread|Submit)' ./kernel/eval: 2.5 µs per thread start+join
// at 100, 1.96 µs at 400).
const gcPercent = 400

// tuneGC sets the collector for an interpreter process, unless the user
// chose with GOGC or GOMEMLIMIT: a higher GOGC, and, in a container with a
// memory limit (Binder, docker run -m), a soft limit at 3/4 of it so that
// the larger heap never gets the kernel killed.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	lim := cgroupMemoryLimit("/sys/fs/cgroup")
	if os.Getenv("GOMEMLIMIT") == "" && lim > 0 {
		debug.SetMemoryLimit(lim / 4 * 3)
	}
	interp.MaxCallDepth = callDepthFor(lim)
}

// callDepthFor returns how deeply interpreted calls may nest (see
// interp.MaxCallDepth) in a process whose memory is limited to lim bytes
// (0: no limit): a nested call holds about 1 KB of heap, and a recursion
// at the limit may take a quarter of the memory, between 100 000 calls
// (the limit of calls that take Go stack) and 1 000 000 (about 1 GB).
func callDepthFor(lim int64) int {
	const perCall = 1 << 10
	if lim <= 0 {
		return 1000000
	}
	return int(min(max(lim/4/perCall, 100000), 1000000))
}

// cgroupMemoryLimit is the memory limit of this process's cgroup mounted
// at root (cgroup v2, then v1), or 0 when there is none.
func cgroupMemoryLimit(root string) int64 {
	for _, f := range []string{root + "/memory.max", root + "/memory/memory.limit_in_bytes"} {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		s := strings.TrimSpace(string(b))
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n <= 0 || n >= 1<<50 { // "max", or v1's "unlimited"
			return 0
		}
		return n
	}
	return 0
}
