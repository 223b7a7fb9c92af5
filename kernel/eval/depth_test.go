package eval

import (
	"strings"
	"testing"
)

// Recursion without a base case ends in a RecursionError the program may
// recover, like Python's, not in the Go runtime's fatal stack overflow.
func TestRecursionError(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Shutdown()
	_, err = runCell(t, s, `import "fmt"
func forever(n int) int {
	return forever(n+1) + 1
}
forever(0)`)
	if err == nil || !strings.Contains(err.Error(), "stack overflow: goroutine stack exceeds") {
		t.Fatalf("infinite recursion: %v", err)
	}
	ce, ok := err.(*Error)
	if !ok || !strings.Contains(strings.Join(ce.Trace, "\n"), "return forever(n+1) + 1") {
		t.Errorf("the traceback does not show the recursive line: %#v", err)
	}
	for _, c := range []struct{ name, code, want string }{
		{"recovered", `func guarded() (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	forever(0)
	return "returned"
}
fmt.Println(strings.HasPrefix(guarded(), "stack overflow"))`, "true\n"},
		{"recursive closure", `var walk func(n int) int
walk = func(n int) int { return walk(n+1) + 1 }
func tryWalk() (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	walk(0)
	return "returned"
}
fmt.Println(strings.HasPrefix(tryWalk(), "stack overflow"))`, "true\n"},
		{"deep closure, finite", `var down func(n int) int
down = func(n int) int { if n == 0 { return 0 }; return 1 + down(n-1) }
fmt.Println(down(5000))`, "5000\n"},
		{"deep but finite", `func depth(n int) int { if n == 0 { return 0 }; return 1 + depth(n-1) }
fmt.Println(depth(9000))`, "9000\n"},
		{"recover at depth", `func rec(n int) (r int) {
	defer func() { if e := recover(); e != nil { r = -1 } }()
	if n == 0 { panic("bottom") }
	return rec(n-1)
}
fmt.Println(rec(50))`, "-1\n"},
	} {
		out, err := runCell(t, s, c.code)
		if err != nil || out != c.want {
			t.Errorf("%s: %q, %v; want %q", c.name, out, err, c.want)
		}
	}
}

// TestDeepRecursionLimit: a recursion 300 000 deep works, as in Go (the
// limit was 100 000 nested calls); one that goes through compiled code at
// each level through an interface (which takes Go stack) still stops at
// 100 000 with Go's words, and the session's variables stay.
func TestDeepRecursionLimit(t *testing.T) {
	ts := newSession(t)
	ts.ok(`kept := 7
func depth(n int) int { if n == 0 { return 0 }; return 1 + depth(n-1) }
type Walker interface{ Walk(n int) int }
type W struct{}
func (w W) Walk(n int) int { if n == 0 { return 0 }; var x Walker = w; return 1 + x.Walk(n-1) }
func viaGo(n int) int { return W{}.Walk(n) }`)
	if c := ts.ok("depth(300000)"); c.text() != "300000" {
		t.Errorf("depth(300000) = %q", c.text())
	}
	if c := ts.ok("viaGo(50000)"); c.text() != "50000" {
		t.Errorf("viaGo(50000) = %q", c.text())
	}
	_, e := ts.fails("viaGo(200000)")
	if e.Value != "stack overflow: goroutine stack exceeds the interpreter's limit of 100000 nested calls" {
		t.Errorf("viaGo(200000): %s %q", e.Name, e.Value)
	}
	if c := ts.ok("kept"); c.text() != "7" {
		t.Errorf("kept = %q after the error", c.text())
	}
}

// TestRecursionWithDefers: a runaway recursion whose every call defers a
// function (a plain func, a method value, a closure, two funcs calling
// each other, one in a goroutine) ends in the cell's stack overflow error
// instead of unwinding for minutes (each frame's deferred call recovered
// the panic and raised it again from the deferred function, which left
// every earlier panic on the stack for the next one to walk), and the
// session's variables stay.
func TestRecursionWithDefers(t *testing.T) {
	ts := newSession(t)
	ts.ok(`kept := 7
type T struct{ calls int }
func (t *T) m(n int) int { defer func() { t.calls++ }(); return t.m(n+1) + 1 }
func f(n int) int { defer func() {}(); return f(n+1) + 1 }
func g(n int) int { defer func() {}(); return h(n+1) + 1 }
func h(n int) int { defer func() {}(); return g(n+1) + 1 }
var c func(n int) int
c = func(n int) int { defer func() {}(); return c(n+1) + 1 }`)
	const overflow = "stack overflow: goroutine stack exceeds the interpreter's limit of "
	for _, tc := range []struct{ name, code, line, limit string }{
		{"func", "f(0)", "return f(n+1) + 1", "100000"},
		{"method value", "t := &T{}\nmv := t.m\nmv(0)", "return t.m(n+1) + 1", "100000"},
		{"closure", "c(0)", "return c(n+1) + 1", "10000"},
		{"mutual", "g(0)", "in h", "100000"},
		{"goroutine", "done := make(chan int)\ngo func() { done <- g(0) }()\n<-done", "in h", "100000"},
	} {
		_, e := ts.fails(tc.code)
		if e.Value != overflow+tc.limit+" nested calls" {
			t.Errorf("%s: %s %q", tc.name, e.Name, e.Value)
		}
		if tr := strings.Join(traceback(e), "\n"); !strings.Contains(tr, tc.line) {
			t.Errorf("%s: the traceback does not show %q:\n%.2000s", tc.name, tc.line, tr)
		}
		if c := ts.ok("kept"); c.text() != "7" {
			t.Errorf("%s: kept = %q after the error", tc.name, c.text())
		}
	}
}
