package eval

import (
	"strings"
	"testing"
)

// TestCleanupConstErrors: the errors whose checks were merged in the
// review cleanup read as gc's (checked with go run): a negative array
// length named by a constant of a defined type, % of a float variable by
// a constant zero (no division by zero: the operator is not defined), x
// %= 0, an untyped constant folded into a uint8 and an argument that overflows.
func TestCleanupConstErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"type T int\nconst N T = -1\nvar a [N]int", "invalid array length N (constant -1 of int type T)"},
		{"const M = -2\nvar b [M]int", "invalid array length M (untyped int constant -2)"},
		{"var f float64\n_ = f % 0", "invalid operation: operator % not defined on"},
		{"x := 7\nx %= 0", "invalid operation: division by zero"},
		{"var c uint8\nc = 'a' + 200", "cannot use 'a' + 200 (untyped rune constant 297) as uint8 value in assignment (overflows)"},
		{"func g(b uint8) {}\ng(256)", "cannot use 256 (untyped int constant) as uint8 value in argument to g (overflows)"},
	} {
		ts := newSession(t)
		if _, e := ts.fails(tc.src); e.Name != "CompileError" || !strings.Contains(e.Value, tc.want) {
			t.Errorf("%q: got %s %q, want a CompileError %q", tc.src, e.Name, e.Value, tc.want)
		}
	}
}
