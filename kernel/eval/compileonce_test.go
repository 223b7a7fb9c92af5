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

// A final value made of literals only is shown without the interpreted
// fmt.Sprintf that other values go through (its type has no methods):
// shown as the same value held by a variable is.
func TestLiteralFinalValue(t *testing.T) {
	ts := newSession(t)
	for _, code := range []string{
		"1", "-1", "0x10", "1e3", "2.5 * 2", "7 / 2", "7.0 / 2", "(1 + 2) * 3", "1 << 10",
		`"a" + "b"`, "`raw`", "'x'", "1 < 2", "2i * 2", "^1",
	} {
		want := ts.ok("v := " + code + "\nv").text()
		before := ts.s.compiles
		if got := ts.ok(code).text(); got != want {
			t.Errorf("%s shows %q, want %q (as v := %s; v)", code, got, want, code)
		}
		if n := ts.s.compiles - before; n != 1 {
			t.Errorf("%q: %d compiles, want 1", code, n)
		}
	}
	// A constant that has no value of its type is the plain statement's
	// error, as before.
	for _, c := range []struct{ code, want string }{
		{"1 << 70", "overflows"},
		{"1 / 0", "division by zero"},
	} {
		if _, e := ts.fails(c.code); !strings.Contains(e.Value, c.want) {
			t.Errorf("%s: error %q, want %q", c.code, e.Value, c.want)
		}
	}
}
