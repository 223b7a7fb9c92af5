package eval

import (
	"strings"
	"testing"
)

// The iteration of `for i := range s` over a slice is an inline step of a
// fused program that checks the run's stop flag itself (the loop's back
// edge jumps to it without a separate stop instruction):
// third_party/yaegi/interp/fastops.go, fcRangeSlice. The conformance
// program regressions/range_slice_fused.go checks its results against `go
// run`; here it runs twice in one session, and a range loop compiled
// without the cell's interrupt check (only the step's own check can see
// the stop) stops at an interrupt.
func TestCalls5RangeSlice(t *testing.T) {
	ts := newSession(t)
	ts.ok(`type pt struct{ x, y int }
func structs() []pt {
	ps := make([]pt, 5)
	for r := 0; r < 3; r++ {
		for i := range ps {
			ps[i].x += i
			ps[i].y += ps[i].x
		}
	}
	return ps
}
func rangeCount(s []int) string {
	cnt := 0
	for i := range s {
		if i < 2 {
			s = append(s, 100)
		}
		cnt++
	}
	return fmt.Sprint(cnt, " ", len(s))
}`)
	for i := 0; i < 2; i++ {
		c := ts.ok(`fmt.Println(structs())
fmt.Println(rangeCount([]int{1, 2, 3, 4, 5, 6}))
var nilS []int
n := 0
for i := range nilS {
	n += i
}
fmt.Println("nil", n)`)
		if got, want := c.stdout.String(), "[{0 0} {3 6} {6 12} {9 18} {12 24}]\n6 8\nnil 0\n"; got != want {
			t.Errorf("run %d: got %q, want %q", i, got, want)
		}
	}
}

func TestCalls5RangeSliceInterrupt(t *testing.T) {
	ts := newSession(t)
	ts.s.noLoopCheck = true // the loop has no interrupt check of its own
	ts.ok(`func spinRange() int {
	x := 0
	for i := range make([]struct{}, 1<<62) {
		x += i
	}
	return x
}`)
	_, e := ts.interrupt("fmt.Println(\"started\")\nspinRange()")
	if strings.Contains(strings.Join(e.Trace, "\n"), "interpreter was stopped") {
		t.Errorf("the range loop needed the hard stop: %v", e.Trace)
	}
}

// BenchmarkCellClosureCall is one call of a closure held by a variable.
func BenchmarkCellClosureCall(b *testing.B) {
	benchCell(b, `var sink int
func fn(n int) {
	k := 3
	add := func(x int) int { return x + k }
	t := 0
	for i := 0; i < n; i++ { t = add(t) }
	sink = t
}`)
}

// BenchmarkCellMethodCall is one call of a pointer method of a cell type.
func BenchmarkCellMethodCall(b *testing.B) {
	benchCell(b, `type Point struct{ X, Y int }
func (p *Point) Move(d int) { p.X += d; p.Y -= d }
var sink int
func fn(n int) {
	p := &Point{}
	for i := 0; i < n; i++ { p.Move(1) }
	sink = p.X
}`)
}

// Calls of methods of cell types and of closures held in variables run
// their bodies directly (third_party/yaegi/interp/methodcall.go,
// closurecall.go; conformance regressions/method_calls_direct.go and
// closure_calls_direct.go check them against `go run`). Here: twice in a
// session, and a running call of each stops at an interrupt.
func TestCalls5ClosureAndMethodCalls(t *testing.T) {
	ts := newSession(t)
	ts.ok(`type Acc struct{ n int }
func (a *Acc) Add(d int) { a.n += d }
func (a Acc) Get() int   { return a.n }
func useBoth(n int) int {
	a := &Acc{}
	add := func(x int) int { a.Add(x); return a.Get() }
	t := 0
	for i := 0; i < n; i++ {
		t = add(i)
	}
	return t
}
func spinClosure() {
	k := 0
	f := func() { k++; for j := 0; j < 1000; j++ { k += j } }
	for {
		f()
	}
}
func spinMethod() {
	a := &Acc{}
	for {
		a.Add(1)
	}
}`)
	for i := 0; i < 2; i++ {
		if got := ts.ok("fmt.Println(useBoth(10))").stdout.String(); got != "45\n" {
			t.Errorf("run %d: got %q, want 45", i, got)
		}
	}
	for _, code := range []string{"fmt.Println(\"started\")\nspinClosure()", "fmt.Println(\"started\")\nspinMethod()"} {
		_, e := ts.interrupt(code)
		if strings.Contains(strings.Join(e.Trace, "\n"), "interpreter was stopped") {
			t.Errorf("%q needed the hard stop: %v", code, e.Trace)
		}
	}
	if got := ts.ok("fmt.Println(useBoth(4))").stdout.String(); got != "6\n" {
		t.Errorf("after the interrupts: got %q, want 6", got)
	}
}

// A builtin call in a return statement of several results goes to its
// own result (third_party/yaegi/interp/cfg.go; conformance
// regressions/return_builtin_results.go checks more against `go run`).
func TestCalls5ReturnBuiltin(t *testing.T) {
	ts := newSession(t)
	ts.ok(`func lens(s []int) (int, int) { return 1, len(s) }`)
	for i := 0; i < 2; i++ {
		if got := ts.ok(`fmt.Println(lens([]int{4, 5, 6}))`).stdout.String(); got != "1 3\n" {
			t.Errorf("run %d: got %q, want \"1 3\\n\"", i, got)
		}
	}
}
