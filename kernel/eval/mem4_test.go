package eval

import (
	"fmt"
	"testing"
)

// retainedPerCell runs warm cells, then n cells made from code (%[1]d is
// the cell's number) in one session, and returns the live heap that each
// of the n cells left behind.
func retainedPerCell(t *testing.T, code string, n int) int64 {
	t.Helper()
	ts := newSession(t)
	for i := 0; i < 50; i++ {
		ts.ok(fmt.Sprintf(code, 100000+i))
	}
	before := liveHeap()
	for i := 0; i < n; i++ {
		ts.ok(fmt.Sprintf(code, i))
	}
	return (int64(liveHeap()) - int64(before)) / int64(n)
}

// TestCellsRetainLittle checks what ordinary cells leave allocated: a
// session must keep a cell's declarations and source (for tracebacks),
// nothing else. Before the fixes, a cell `x7 := 7; fmt.Println(x7)` kept
// 8.8 KB (the variable's symbol pointed at its cell's whole syntax tree and
// compiled code) and redefining a func that the cell calls kept 11 KB (the
// slot layouts of called funcs were in a global map keyed by the func's
// node, which kept every func ever called alive).
func TestCellsRetainLittle(t *testing.T) {
	if testing.Short() {
		t.Skip("memory measurement")
	}
	cells := []struct{ name, code string }{
		{"new variable", "x%[1]d := %[1]d\nfmt.Println(x%[1]d)"},
		{"same variable", "x := %[1]d\nfmt.Println(x)"},
		{"func redefined and called", "func f(a int) int { return a + %[1]d }\nfmt.Println(f(1))"},
		{"expression", "%[1]d + 1"},
	}
	for _, c := range cells {
		t.Run(c.name, func(t *testing.T) {
			per := retainedPerCell(t, c.code, 500)
			t.Logf("%d bytes retained per cell", per)
			if per > 5000 {
				t.Errorf("each cell like %q keeps %d bytes alive, want at most 5,000", c.code, per)
			}
		})
	}
}

// A variable redefined in a later cell: funcs compiled before keep reading
// the variable they were compiled with (as before the memory fixes), new
// code reads the new one, and both keep working after the session dropped
// the syntax trees.
func TestRedefinedVariableAfterRelease(t *testing.T) {
	ts := newSession(t)
	ts.ok("x := 1\nfunc f() int { return x }")
	ts.ok("x := 2")
	if c := ts.ok("f()"); c.text() != "1" {
		t.Errorf("f() = %q, want 1 (the x it was compiled with)", c.text())
	}
	if c := ts.ok("x"); c.text() != "2" {
		t.Errorf("x = %q, want 2", c.text())
	}
	ts.ok("func g() int { return x * 10 }")
	if c := ts.ok("x = 3\ng()"); c.text() != "30" {
		t.Errorf("g() = %q, want 30", c.text())
	}
	ts.ok(`var y = "s"`)
	ts.ok("var z = y + \"!\"\nvar w = len(z)")
	if c := ts.ok("fmt.Sprint(z, w)"); c.text() != `"s!2"` {
		t.Errorf("z, w = %s", c.text())
	}
}
