package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Calls of declared functions with arguments and results of numbers, bools
// and strings are steps of the caller's fused program
// (third_party/yaegi/interp/fastcallstep.go). The conformance program
// regressions/calls_fused.go checks them against `go run` (recursion,
// multiple and discarded results, constants converted to the parameter's
// type, nested calls, `return f(x)`, named results, a callee that changes
// a global, panics recovered by a caller, deferred calls, deep recursion,
// goroutines calling the same functions). Here its main runs three times
// in one session: the later runs go through the frames the first left.
func TestCalls2Fused(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(confDir, "regressions", "calls_fused.go"))
	if err != nil {
		t.Fatal(err)
	}
	prog := strings.Replace(strings.TrimPrefix(string(src), "package main\n"), "func main() {", "func runFused() {", 1)
	ts := newSession(t)
	ts.ok(prog)
	once := ts.ok("runFused()").stdout.String()
	for _, want := range []string{"fib 6765\n", "global 33\n", "1 recovered: negative: -2\n", "deep 5000\n",
		"goroutines [40675 40825 41075 41475 42125 43175 44875 47625]\n"} {
		if !strings.Contains(once, want) {
			t.Fatalf("first run lacks %q:\n%s", want, once)
		}
	}
	if got := ts.ok("runFused()\nrunFused()").stdout.String(); got != once+once {
		t.Errorf("later runs:\n%s\nwant (twice):\n%s", got, once)
	}
}

// A panic in a callee reached through call steps has Go's text, the
// traceback names each function it went through, and the functions still
// work afterwards (their frames are reused again).
func TestCalls2PanicThroughCallSteps(t *testing.T) {
	ts := newSession(t)
	ts.ok(`func div(a, b int) int { return a / b }
func mid(a, b int) int { return div(a, b) + 1 }
func loop(n int) int { t := 0; for i := 0; i < 3; i++ { t += mid(n, i-1) }; return t }
func top(n int) int { return loop(n) * 2 }`)
	for i := 0; i < 2; i++ {
		_, e := ts.fails("top(6)")
		if e.Name != "panic" || e.Value != "runtime error: integer divide by zero" {
			t.Fatalf("got %s %q", e.Name, e.Value)
		}
		trace := strings.Join(e.Trace, "\n")
		for _, line := range []string{"return a / b", "in mid", "in loop", "in top"} {
			if !strings.Contains(trace, line) {
				t.Errorf("the traceback lacks %q:\n%s", line, trace)
			}
		}
	}
	if c := ts.ok("func ok3(n int) int { t := 0; for i := 1; i < 3; i++ { t += mid(n, i) }; return t }\nok3(6)"); c.text() != "11" {
		t.Errorf("ok3(6) = %q, want 11", c.text())
	}
	if c := ts.ok("mid(7, 2)"); c.text() != "4" {
		t.Errorf("mid(7, 2) = %q, want 4", c.text())
	}
}

// A recursion without a base case made of call steps ends in a
// RecursionError (not the Go runtime's fatal stack overflow, which would
// end the kernel's process), which a caller can recover; the function works
// afterwards.
func TestCalls2DeepRecursion(t *testing.T) {
	ts := newSession(t)
	ts.ok(`func down(n int) int { return down(n+1) + 1 }
func count(n int) int { if n == 0 { return 0 }; return count(n-1) + 1 }
func guarded() (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	down(0)
	return "no panic"
}`)
	_, e := ts.fails("down(0)")
	if !strings.Contains(e.Value, "stack overflow: goroutine stack exceeds") {
		t.Errorf("down(0): %s %q", e.Name, e.Value)
	}
	if c := ts.ok("guarded()"); !strings.Contains(c.text(), "stack overflow: goroutine stack exceeds") {
		t.Errorf("guarded() = %q", c.text())
	}
	if c := ts.ok("count(9000)"); c.text() != "9000" {
		t.Errorf("count(9000) = %q", c.text())
	}
}

// An interrupt stops an exponential recursion of call steps, without the
// hard stop, and the function can be called again.
func TestCalls2InterruptRecursion(t *testing.T) {
	ts := newSession(t)
	ts.ok(`func grow(n int) int { if n == 0 { return 1 }; return grow(n-1) + grow(n-1) }
func run() int { return grow(200) }`)
	_, e := ts.interrupt("fmt.Println(\"started\")\nrun()")
	if strings.Contains(strings.Join(e.Trace, "\n"), "interpreter was stopped") {
		t.Errorf("the recursion needed the hard stop: %v", e.Trace)
	}
	if c := ts.ok("func run10() int { return grow(10) }\nrun10()"); c.text() != "1024" {
		t.Errorf("grow(10) = %q", c.text())
	}
}

// Goroutines calling the same functions at once each get their own frames
// (run with -race).
func TestCalls2Concurrent(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "sync"
func sq(x int) int { return x * x }
func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }
func work(w int) int { acc := 0; for k := 0; k < 200; k++ { acc += fib(w%4+8) + sq(k) - sq(k-1) }; return acc }`)
	c := ts.ok(`var wg sync.WaitGroup
res := make([]int, 6)
for w := 0; w < 6; w++ {
	wg.Add(1)
	go func(w int) { defer wg.Done(); res[w] = work(w) }(w)
}
wg.Wait()
fmt.Println(res)`)
	if got, want := c.stdout.String(), "[43800 46400 50600 57400 43800 46400]\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
