package eval

import (
	"strings"
	"testing"
)

// Recursion without a base case ends in a RecursionError the program may
// recover, like Python's, not in the Go runtime's fatal stack overflow.
func TestRecursionError(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Shutdown()
	_, err = runCell(t, s, `import "fmt"
func forever(n int) int {
	return forever(n+1) + 1
}
forever(0)`)
	if err == nil || !strings.Contains(err.Error(), "RecursionError: maximum recursion depth exceeded") {
		t.Fatalf("infinite recursion: %v", err)
	}
	ce, ok := err.(*Error)
	if !ok || !strings.Contains(strings.Join(ce.Trace, "\n"), "return forever(n+1) + 1") {
		t.Errorf("the traceback does not show the recursive line: %#v", err)
	}
	for _, c := range []struct{ name, code, want string }{
		{"recovered", `func guarded() (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	forever(0)
	return "returned"
}
fmt.Println(strings.HasPrefix(guarded(), "RecursionError"))`, "true\n"},
		{"recursive closure", `var walk func(n int) int
walk = func(n int) int { return walk(n+1) + 1 }
func tryWalk() (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	walk(0)
	return "returned"
}
fmt.Println(strings.HasPrefix(tryWalk(), "RecursionError"))`, "true\n"},
		{"deep closure, finite", `var down func(n int) int
down = func(n int) int { if n == 0 { return 0 }; return 1 + down(n-1) }
fmt.Println(down(5000))`, "5000\n"},
		{"deep but finite", `func depth(n int) int { if n == 0 { return 0 }; return 1 + depth(n-1) }
fmt.Println(depth(9000))`, "9000\n"},
		{"recover at depth", `func rec(n int) (r int) {
	defer func() { if e := recover(); e != nil { r = -1 } }()
	if n == 0 { panic("bottom") }
	return rec(n-1)
}
fmt.Println(rec(50))`, "-1\n"},
	} {
		out, err := runCell(t, s, c.code)
		if err != nil || out != c.want {
			t.Errorf("%s: %q, %v; want %q", c.name, out, err, c.want)
		}
	}
}
