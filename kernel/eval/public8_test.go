package eval

import "testing"

// TestPublic8RedeclareAcrossCells: at a cell's top level, a, b := x, y
// with a declared in an earlier cell assigns a when Go would (a value
// assignable to it), so that a pointer taken before sees the value, while
// var a, b = x, y declares a again (a new definition, of the value's type).
func TestPublic8RedeclareAcrossCells(t *testing.T) {
	ts := newSession(t)
	ts.ok("import \"fmt\"")
	ts.ok("x := 1.5\np := &x")
	if c := ts.ok("x, y := 2, 3\nfmt.Printf(\"%T %v %v %v\\n\", x, x, y, *p)"); c.stdout.String() != "float64 2 3 2\n" {
		t.Errorf("x, y := 2, 3 after x := 1.5 printed %q, want \"float64 2 3 2\\n\"", c.stdout.String())
	}
	ts.ok("var a float64 = 1.5\nq := &a")
	if c := ts.ok("var a, b = 1, 2\nfmt.Printf(\"%T %v %v %v\\n\", a, a, b, *q)"); c.stdout.String() != "int 1 2 1.5\n" {
		t.Errorf("var a, b = 1, 2 after var a float64 printed %q, want \"int 1 2 1.5\\n\"", c.stdout.String())
	}
	ts.ok("s := \"text\"")
	if c := ts.ok("s, n := 4, 5\nfmt.Printf(\"%T %v %v\\n\", s, s, n)"); c.stdout.String() != "int 4 5\n" {
		t.Errorf("s, n := 4, 5 after s := \"text\" printed %q, want a new int s", c.stdout.String())
	}
}
