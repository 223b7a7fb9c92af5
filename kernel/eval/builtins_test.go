package eval

import "testing"

// print and println write to standard error, as in Go; print puts nothing
// between its operands, println a space (checked with `go run`: Go 1.26
// prints floats in their shortest form).
func TestPrintBuiltins(t *testing.T) {
	ts := newSession(t)
	c := ts.ok("print(\"a\", 1, true, 2.5, \"\\n\")\nprintln(\"a\", 1, true, 2.5, -0.001, 3+4i)")
	if got, want := c.stderr.String(), "a1true2.5\na 1 true 2.5 -0.001 (3+4i)\n"; got != want {
		t.Errorf("stderr = %q, want %q", got, want)
	}
	if out := c.stdout.String(); out != "" {
		t.Errorf("stdout = %q, want nothing", out)
	}
}
