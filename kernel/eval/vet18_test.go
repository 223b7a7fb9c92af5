package eval

import (
	"strings"
	"testing"
)

// TestVet18 covers the checks of vet18.go and the top-level expression
// statements that stand for main's body: each cell is rejected with gc's
// words, and the valid neighbours run.
func TestVet18(t *testing.T) {
	ts := newSession(t)
	for _, c := range []struct{ code, want string }{
		{"func Eq[T any](a, b T) bool { return a == b }", "invalid operation: a == b (incomparable types in type set)"},
		{"func Ne[T interface{}](a, b T) bool { return a != b }", "invalid operation: a != b (incomparable types in type set)"},
		{"func f() (x int) {\n\t{\n\t\tx := 2\n\t\t_ = x\n\t\treturn\n\t}\n}", "result parameter x not in scope at return"},
		{"func g() (n int, err error) {\n\tif err := h(); err != nil {\n\t\treturn\n\t}\n\treturn\n}\nfunc h() error { return nil }", "result parameter err not in scope at return"},
		{"x := 1\nx == 1\nfmt.Println(x)", "x == 1 (untyped bool value) is not used"},
		{"s := []int{}\nappend(s, 1)\nfmt.Println(s)", "append(s, 1) (value of type []int) is not used"},
	} {
		_, e := ts.fails(c.code)
		if !strings.Contains(e.Value, c.want) {
			t.Errorf("%q: got %q, want %q", c.code, e.Value, c.want)
		}
	}
	for _, code := range []string{
		"func Eq2[T comparable](a, b T) bool { return a == b }",
		"func Eq3[T any](a, b T) bool {\n\tif a := 1; a == 1 {\n\t\treturn true\n\t}\n\treturn false\n}",
		"func ok() (x int) {\n\t{\n\t\tx := 2\n\t\t_ = x\n\t}\n\treturn\n}",
		"func ok2() (x int) {\n\t{\n\t\tx := 2\n\t\treturn x\n\t}\n}",
		"y := 2\ny + 1",
		"y + 2;",
	} {
		ts.ok(code)
	}
}
