package eval

import "testing"

// TestErrorStringerAfterRedefinition: a value of a notebook type with Error
// and String held by a compiled interface ([]fmt.Stringer, []error, a
// struct field) prints with Error, as Go's fmt does, and with the Error
// declared last once a later cell declares it again.
func TestErrorStringerAfterRedefinition(t *testing.T) {
	ts := newSession(t)
	ts.ok("type Both struct{ n int }\nfunc (b Both) Error() string { return fmt.Sprint(\"e1-\", b.n) }\nfunc (b Both) String() string { return fmt.Sprint(\"s1-\", b.n) }")
	c := ts.ok("ss := []fmt.Stringer{Both{1}}\nes := []error{Both{2}}\nh := struct{ S fmt.Stringer }{Both{3}}\nfmt.Println(ss, es, h)")
	if got, want := c.stdout.String(), "[e1-1] [e1-2] {e1-3}\n"; got != want {
		t.Errorf("before: stdout %q, want %q", got, want)
	}
	ts.ok("func (b Both) Error() string { return fmt.Sprint(\"e2-\", b.n) }")
	c = ts.ok("fmt.Println(ss, es, h, []fmt.Stringer{Both{4}})")
	if got, want := c.stdout.String(), "[e2-1] [e2-2] {e2-3} [e2-4]\n"; got != want {
		t.Errorf("after Error was declared again: stdout %q, want %q", got, want)
	}
	c = ts.ok("e, ok := ss[0].(error)\nfmt.Println(ok, e, errors.Is(es[0], Both{2}), es[0] == error(Both{2}))")
	if got, want := c.stdout.String(), "true e2-1 true true\n"; got != want {
		t.Errorf("assertion and errors.Is: stdout %q, want %q", got, want)
	}
}
