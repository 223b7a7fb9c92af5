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

// Unexported fields of a notebook struct take the interpreter's fast path
// too; results as `go run` prints them (checked): sums, int8 wraparound,
// and a value copied out of the slice stays a copy.
func TestUnexportedFieldLoop(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`type pt struct{ x, y int; b int8 }
ps := make([]pt, 4)
func run() {
	for r := 0; r < 100; r++ {
		for i := range ps {
			ps[i].x += i
			ps[i].y += ps[i].x
			ps[i].b += 3
		}
	}
}
run()
cp := ps[3]
cp.x = -1
fmt.Println(ps[3].x, ps[3].y, ps[3].b, cp.x, ps)`)
	if got, want := c.stdout.String(), "300 15150 44 -1 [{0 0 44} {100 5050 44} {200 10100 44} {300 15150 44}]\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A default clause before other cases: the cases keep their source order
// and fallthrough from default goes to the next clause of the source
// (yaegi swapped default with the last case: f(20) printed "medium", and
// "default" fell through to nothing). Expected output from `go run`.
func TestSwitchDefaultFirst(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`func f(n int) {
	switch {
	default:
		fmt.Print("default ")
		fallthrough
	case n > 10:
		fmt.Print("big ")
	case n > 5:
		fmt.Print("medium ")
	}
	fmt.Println()
}
func g(x int) string {
	switch x {
	case 1:
		return "one"
	default:
		return "other"
	case 2:
		return "two"
	case 3:
		return "three"
	}
}
f(1)
f(20)
f(7)
fmt.Println(g(1), g(2), g(3), g(4))`)
	if got, want := c.stdout.String(), "default big \nbig \nmedium \none two three other\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
