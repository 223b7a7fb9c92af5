package eval

import "testing"

// TestStackBufFuncReplacedAcrossCells: gc's stack buffer (cap 4) is given
// to a slice read by a closure passed to a notebook func that only calls
// it; once a later cell makes that name a variable holding a func that
// keeps its argument, a closure passed to it escapes (heap growth, cap 1),
// as in the program the cells make. Nothing follows the name across cells
// but the interpreter's record of the funcs' parameters (stackbuf.go
// noLeak), which the variable's declaration must drop. (The caps are gc's
// for the programs these cells make, as conformance
// slices20/shadowed_func_names and closure_stored_heap run them.)
func TestStackBufFuncReplacedAcrossCells(t *testing.T) {
	cases := []struct {
		name  string
		cells []string
		out   string
	}{
		{"func", []string{"func apply(f func()) { f() }", "var a []int\na = append(a, 1)\napply(func() { fmt.Println(len(a), cap(a)) })"}, "1 4\n"},
		{"define", []string{"func apply(f func()) { f() }", "var hook func()\napply := func(f func()) { hook = f; f() }\n_ = apply", "var a []int\na = append(a, 1)\napply(func() { fmt.Println(len(a), cap(a)) })"}, "1 1\n"},
		{"var", []string{"func apply(f func()) { f() }", "var hook func()\nvar apply = func(f func()) { hook = f; f() }", "var a []int\na = append(a, 1)\napply(func() { fmt.Println(len(a), cap(a)) })"}, "1 1\n"},
		{"func_again", []string{"func apply(f func()) { f() }", "var hook func()\nfunc apply(f func()) { hook = f; f() }", "var a []int\na = append(a, 1)\napply(func() { fmt.Println(len(a), cap(a)) })"}, "1 1\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ts := newSession(t)
			var c *cell
			for i, code := range tc.cells {
				c = ts.run(code)
				if c.err != nil {
					t.Fatalf("cell %d %q: %v", i+1, code, c.err)
				}
			}
			if got := c.stdout.String(); got != tc.out {
				t.Errorf("stdout %q, want %q", got, tc.out)
			}
		})
	}
}
