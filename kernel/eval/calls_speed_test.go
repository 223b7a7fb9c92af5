package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Calls of interpreted functions reuse the frame of their call site's
// last call when nothing can refer to it afterwards
// (third_party/yaegi/interp/fastcall.go). The conformance program
// regressions/calls_reused_frames.go exercises what the reuse must keep
// (recursion, slots replaced by slice elements and dereferenced pointers,
// zeroed locals, panics, defers, named results, variadic calls, goroutines,
// closures), and the suite compares one run with `go run`'s output. Here
// its main runs twice in one session: the second run reuses the frames the
// first left and must print the same. (Named results starting at zero:
// spec_statements/call_results_start_zero.go.)
func TestCallsReuseFrames(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(confDir, "regressions", "calls_reused_frames.go"))
	if err != nil {
		t.Fatal(err)
	}
	prog := strings.Replace(strings.TrimPrefix(string(src), "package main\n"), "func main() {", "func runCalls() {", 1)
	ts := newSession(t)
	ts.ok(prog)
	once := ts.ok("runCalls()").stdout.String()
	if !strings.Contains(once, "fib 6765") || !strings.Contains(once, "closures 0 2 5") {
		t.Fatalf("first run printed:\n%s", once)
	}
	if got := ts.ok("runCalls()\nrunCalls()").stdout.String(); got != once+once {
		t.Errorf("runs after the first, through reused frames:\n%s\nwant (twice):\n%s", got, once)
	}
}

// A panic in a function called from a reused frame has Go's text and the
// traceback shows the lines of the calls it went through; the functions
// still work afterwards. A recursion without a base case through reused
// frames ends in a RecursionError.
func TestCallsPanicThroughReusedFrames(t *testing.T) {
	ts := newSession(t)
	ts.ok(`func at(s []int, i int) int { return s[i] }
func mid(s []int, i int) int { return at(s, i) * 2 }
func loop(s []int) int { t := 0; for i := 0; i < 5; i++ { t += mid(s, i) }; return t }
func down(n int) int { return down(n+1) + 1 }`)
	for i := 0; i < 2; i++ {
		_, e := ts.fails("loop([]int{1, 2, 3})")
		if e.Name != "panic" || e.Value != "runtime error: index out of range [3] with length 3" {
			t.Fatalf("got %s %q", e.Name, e.Value)
		}
		trace := strings.Join(e.Trace, "\n")
		// Each frame's line is that of the call it made (mid(s, i) at
		// 3:64, not the body's first statement).
		for _, line := range []string{"return s[i]", ":2:39 in mid", ":3:64 in loop"} {
			if !strings.Contains(trace, line) {
				t.Errorf("the traceback lacks %q:\n%s", line, trace)
			}
		}
	}
	if c := ts.ok("loop([]int{1, 2, 3, 4, 5})"); c.text() != "30" {
		t.Errorf("loop = %q, want 30", c.text())
	}
	_, e := ts.fails("down(0)")
	if !strings.Contains(e.Value, "stack overflow: goroutine stack exceeds") {
		t.Errorf("down(0): %s %q", e.Name, e.Value)
	}
	if c := ts.ok("loop([]int{1, 1, 1, 1, 1})"); c.text() != "10" {
		t.Errorf("loop = %q, want 10", c.text())
	}
}

// An interrupt stops a recursion that runs for ever (an exponential one,
// within the depth limit) without the hard stop, and the function can be
// called again.
func TestCallsInterruptRecursion(t *testing.T) {
	ts := newSession(t)
	ts.ok(`func grow(n int) int { if n == 0 { return 1 }; return grow(n-1) + grow(n-1) }`)
	_, e := ts.interrupt("fmt.Println(\"started\")\ngrow(200)")
	if strings.Contains(strings.Join(e.Trace, "\n"), "interpreter was stopped") {
		t.Errorf("the recursion needed the hard stop: %v", e.Trace)
	}
	if c := ts.ok("grow(10)"); c.text() != "1024" {
		t.Errorf("grow(10) = %q", c.text())
	}
}

// BenchmarkCellInterpCall is one call of an interpreted func with an int
// argument and result (third_party/yaegi/interp/fastcall.go).
func BenchmarkCellInterpCall(b *testing.B) {
	benchCell(b, `func id(i int) int { return i }
var sink int
func fn(n int) { t := 0; for i := 0; i < n; i++ { t += id(i) }; sink = t }`)
}

// BenchmarkCellInterpCallNotReused is a call of an interpreted func whose
// frame is not reused (an error result), which must not be slower than
// before.
func BenchmarkCellInterpCallNotReused(b *testing.B) {
	benchCell(b, `func pair(i int) (int, error) { return i, nil }
var sink int
func fn(n int) { t := 0; for i := 0; i < n; i++ { v, _ := pair(i); t += v }; sink = t }`)
}

// BenchmarkCellSumLoopReusedFrame is BenchmarkCellSumLoop's loop in a
// function whose frame is reused (its slots are fields of one struct).
func BenchmarkCellSumLoopReusedFrame(b *testing.B) {
	benchCell(b, `var sink int
func loopSum(n int) int { t := 0; for i := 0; i < n; i++ { t += i }; return t }
func fn(n int) { sink = loopSum(n) }`)
}
