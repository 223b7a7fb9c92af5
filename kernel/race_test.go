package kernel

import "testing"

// %race is the kernel's when it is the first line of a cell; the rest of
// the cell keeps its line numbers.
func TestRaceMagicLine(t *testing.T) {
	for _, tc := range []struct {
		code, arg, rest string
		ok              bool
	}{
		{"%race on", "on", "\n", true},
		{"\n  %race off\nx := 1\n", "off", "\n\nx := 1\n", true},
		{"%race", "", "\n", true},
		{"x := 1\n%race on", "", "", false},
		{"%racecar", "", "", false},
		{"// %race on\n", "", "", false},
	} {
		arg, rest, ok := raceMagic(tc.code)
		if ok != tc.ok || arg != tc.arg || rest != tc.rest {
			t.Errorf("raceMagic(%q) = %q, %q, %v; want %q, %q, %v", tc.code, arg, rest, ok, tc.arg, tc.rest, tc.ok)
		}
	}
}
