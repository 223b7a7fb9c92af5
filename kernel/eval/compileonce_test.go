package eval

import (
	"strings"
	"testing"
)

// A cell's final value that is not a call is compiled once, already
// wrapped to show it (not first as a plain statement to learn that it has
// a value): a trivial cell's round trip is mostly its compile.
func TestFinalValueCompiledOnce(t *testing.T) {
	ts := newSession(t)
	ts.ok("x := 41\nfunc double(n int) int { return 2 * n }")
	for _, c := range []struct{ code, want string }{
		{"1", "1"},
		{"x + 1", "42"},
		{"(x)", "41"},
		{"[]int{x, 2}", "[41 2]"},
	} {
		before := ts.s.compiles
		if got := ts.ok(c.code).text(); got != c.want {
			t.Errorf("%q shows %q, want %q", c.code, got, c.want)
		}
		if n := ts.s.compiles - before; n != 1 {
			t.Errorf("%q: %d compiles, want 1", c.code, n)
		}
	}
	// A call's results are shown as before (compiled, then wrapped).
	if got := ts.ok("double(x)").text(); got != "82" {
		t.Errorf("double(x) shows %q, want 82", got)
	}
	// An error is the plain statement's.
	_, e := ts.fails("y + 1")
	if !strings.Contains(e.Value, "undefined: y") {
		t.Errorf("y + 1: error %q, want undefined: y", e.Value)
	}
}

// A final value that gc rejects (found by vetUnit) stays an error: the
// plain statement compiled after the wrapped one fails is vetted too
// (it ran unvetted, and yaegi accepted these).
func TestFinalValueVetted(t *testing.T) {
	ts := newSession(t)
	for _, c := range []struct{ code, want string }{
		{"func() int { }", "missing return"},
		{"func() { x := 1 }", "declared and not used: x"},
	} {
		_, e := ts.fails(c.code)
		if !strings.Contains(e.Value, c.want) {
			t.Errorf("%q: error %q, want %q", c.code, e.Value, c.want)
		}
	}
}
