package eval

import (
	"strings"
	"testing"
)

// TestGcSyntaxInContext covers the go/parser errors whose gc words depend
// on the source: the token at the position and the enclosing block.
func TestGcSyntaxInContext(t *testing.T) {
	for _, c := range []struct {
		msg, src  string
		line, col int
		want      string
	}{
		{"expected ';', found '++'", "func f() {\n\tj := i++\n}", 2, 8, "syntax error: unexpected ++ at end of statement"},
		{"expected ';', found i", "func f() {\n\twhile i < 3 {\n}", 2, 8, "syntax error: unexpected name i at end of statement"},
		{"expected ';', found string", "type I interface {\n\tName string\n}", 2, 7, "syntax error: unexpected name string in interface type; possibly missing semicolon or newline or }"},
		{"expected ';', found Y", "type P struct {\n\tX int Y int\n}", 2, 9, "syntax error: unexpected name Y in struct type; possibly missing semicolon or newline or }"},
		{"expected statement, found 'else'", "func f() {\n\tif x {\n\t}\n\telse {\n}", 4, 2, "syntax error: unexpected keyword else, expected }"},
		{"expected '{', found ';'", "func f() {\n\tfor i := range 3; i < 3 {\n}", 2, 18, "syntax error: unexpected semicolon, expected { after for clause"},
		{"missing ',' in composite literal", "func f() {\n\tm := map[string]int{\"a\" 1}\n}", 2, 26, "syntax error: unexpected literal 1 in composite literal; possibly missing comma or }"},
		{"string literal not terminated", "func f() {\n\ts := \"hello\n}", 2, 7, "newline in string"},
		{"expected boolean expression, found assignment (missing parentheses around composite literal?)", "func f() {\n\tif x = 2 {\n}", 2, 5, "syntax error: cannot use assignment x = 2 as value"},
		// A brace in a string or comment opens nothing; at the top level
		// no rule applies.
		{"expected ';', found x", "var s = \"{\" // {\nfoo x", 2, 5, ""},
	} {
		if got := gcSyntaxInContext(c.msg, c.src, c.line, c.col); got != c.want {
			t.Errorf("%q at %d:%d of %q: got %q, want %q", c.msg, c.line, c.col, c.src, got, c.want)
		}
	}
}

// TestVet19 covers vet19.go: each cell is refused with gc's words.
func TestVet19(t *testing.T) {
	ts := newSession(t)
	for _, c := range []struct{ code, want string }{
		{"func f() {\n\tg := func(x int) int\n\t_ = g\n}", "func(x int) int (type) is not an expression"},
		{"const a, b int = 1", "missing init expr for b"},
		{"const c, d = 1, 2, 3", "extra init expr 3"},
		{"type W[T any] struct {\n\tT\n}", "embedded field type cannot be a (pointer to a) type parameter"},
		{"func F[T any, U interface{ T }](x U) {}", "term cannot be a type parameter"},
		{"func h(s string) {\n\tgo len(s)\n}", "go discards result of len(s) (value of type int)"},
	} {
		_, e := ts.fails(c.code)
		if !strings.Contains(e.Value, c.want) {
			t.Errorf("%q: got %q, want %q", c.code, e.Value, c.want)
		}
	}
	for _, code := range []string{
		"const e, f int = 1, 2",
		"type V[T any] struct {\n\tv T\n}",
		"func G[T any, U interface{ ~[]T }](x U) int { return len(x) }",
		"fp := new(func(int) int)\n_ = fp",
	} {
		ts.ok(code)
	}
}
