package eval

import (
	"strings"
	"testing"
)

// TestDefinedTypeNotAssignable: a value of a defined type (type Celsius
// int) is not assignable to its underlying predeclared type, nor the
// converse, in every kind of assignment, at a cell's top level and in a
// func; the error names the line and column of the value and reads as
// gc's (checked with go run).
func TestDefinedTypeNotAssignable(t *testing.T) {
	const decl = "type Celsius int\nt := Celsius(3)\n"
	for _, tc := range []struct{ src, want string }{
		{"var u int = t", "3:13: cannot use t (variable of int type Celsius) as int value in variable declaration"},
		{"func f() {\n\tvar u int = t\n\t_ = u\n}", "4:14: cannot use t (variable of int type Celsius) as int value in variable declaration"},
		{"var w int\nw = t", "4:5: cannot use t (variable of int type Celsius) as int value in assignment"},
		{"func g() int { return t }", "3:23: cannot use t (variable of int type Celsius) as int value in return statement"},
		{"func h(x int) {}\nh(t)", "4:3: cannot use t (variable of int type Celsius) as int value in argument to h"},
		{"type P struct{ N int }\np := P{N: t}", "4:11: cannot use t (variable of int type Celsius) as int value in struct literal"},
		{"ch := make(chan int, 1)\nch <- t", "4:7: cannot use t (variable of int type Celsius) as int value in send"},
		{"m := map[int]string{}\nm[t] = \"a\"", "4:3: cannot use t (variable of int type Celsius) as int value in map index"},
		{"s := []int{}\ns = append(s, t)", "4:15: cannot use t (variable of int type Celsius) as int value in argument to append"},
		{"i := 7\nt = i", "4:5: cannot use i (variable of type int) as Celsius value in assignment"},
		{"const c Celsius = 2\nvar k int = c", "4:13: cannot use c (constant 2 of int type Celsius) as int value in variable declaration"},
		{"type Name string\nvar s string = Name(\"x\")", "4:16: cannot use Name(\"x\") (constant \"x\" of string type Name) as string value in variable declaration"},
	} {
		ts := newSession(t)
		if _, e := ts.fails(decl + tc.src); e.Name != "CompileError" || !strings.Contains(e.Value, tc.want) {
			t.Errorf("%q: got %s %q, want a CompileError %q", tc.src, e.Name, e.Value, tc.want)
		}
	}
	// Conversions, and values of the type itself, are fine.
	ts := newSession(t)
	if c := ts.ok(decl + "var u int = int(t)\nvar v Celsius = t + 1\nfmt.Sprint(u, v)"); c.text() != `"3 4"` {
		t.Errorf("conversions: %q", c.text())
	}
}
