package eval

import (
	"strings"
	"testing"
)

func TestInspect(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import str "strings"
// Double returns twice n.
func Double(n int) int {
	return 2 * n
}
type Point struct{ X, Y int }
func (p Point) Norm() int { return p.X*p.X + p.Y*p.Y }
var origin = Point{1, 2}
count := 42
var wg sync.WaitGroup`)
	look := func(code string, detail int, want ...string) {
		t.Helper()
		data, ok := ts.s.Inspect(code, len([]rune(code)), detail)
		if !ok {
			t.Errorf("Inspect(%q): nothing found", code)
			return
		}
		text, _ := data["text/plain"].(string)
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("Inspect(%q) = %q, lacks %q", code, text, w)
			}
		}
	}
	look("fmt.Println", 0, "func Println(a ...any) (n int, err error)", "Println formats")
	look("fmt.Println(", 0, "func Println(")
	look("str.ToUpper", 0, "func ToUpper(s string) string")
	look("time.Duration", 0, "type Duration int64")
	look("hook.Bind", 0, "func Bind(s *Scope) (restore func())", "binds the calling goroutine")
	look("wg.Wait", 0, "func (wg *WaitGroup) Wait()")
	look("Double", 0, "// Double returns twice n.\nfunc Double(n int) int", "cell[1]")
	look("Double", 1, "return 2 * n")
	look("Point", 0, "type Point struct{ X, Y int }")
	look("origin.Norm", 0, "func (p Point) Norm() int")
	look("origin", 0, "var origin = Point{1, 2}", "origin = {X:1 Y:2}")
	look("count", 0, "count int = 42")
	look("len", 0, "func len(v Type) int")
	look("strconv", 0, "package strconv")
	if _, ok := ts.s.Inspect("nosuchname", 10, 0); ok {
		t.Errorf("found nosuchname")
	}
}
