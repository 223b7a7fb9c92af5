package eval

import (
	"strings"
	"testing"
)

// A panic's traceback gives, for each function it went through, the line
// of the statement that panicked or of the call it was making, as Go's
// does (it gave the first statement of every function before): in plain
// functions, in loops the engine runs as fused programs, in methods
// called directly and through interfaces, in closures.
func TestPanicLinesArePrecise(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"
func f(xs []int) int {
	a := 1
	b := 2
	fmt.Print("")
	return a + b + xs[5]
}
func g() int {
	x := 10
	y := f([]int{1})
	return x + y
}
type Shape interface{ Area() float64 }
type Sq struct{ s float64 }
func (q Sq) Area() float64 {
	if q.s < 0 {
		panic(fmt.Sprintf("negative side %v", q.s))
	}
	return q.s * q.s
}
func total(xs []Shape) float64 {
	t := 0.0
	for i := 0; i < len(xs); i++ {
		t += xs[i].Area()
	}
	return t
}
type Acc struct{ m map[string]int }
func (a *Acc) Add(k string) {
	n := len(k)
	a.m[k] = n
}
func fill(a *Acc, keys []string) {
	for _, k := range keys {
		a.Add(k)
	}
}
func viaClosure(n int) int {
	div := func(a, b int) int {
		c := a + 1
		return c / b
	}
	s := 0
	for i := 0; i < n; i++ {
		s += div(s, 2-i)
	}
	return s
}`)
	for _, tc := range []struct {
		cell  string
		lines []string
	}{
		{"g()", []string{"cell[1]:6:17 in f", "return a + b + xs[5]", "cell[1]:10:7 in g", "at line 1 in cell"}},
		{"total([]Shape{Sq{1}, Sq{-1}})", []string{"cell[1]:17:3 in Area", `panic(fmt.Sprintf("negative side %v", q.s))`, "cell[1]:24:8 in total"}},
		{"fill(&Acc{}, []string{\"a\", \"b\"})", []string{"cell[1]:31:2 in Add", "a.m[k] = n", "cell[1]:35:3 in fill"}},
		{"viaClosure(5)", []string{"cell[1]:41:10 in viaClosure.func", "return c / b", "cell[1]:45:8 in viaClosure"}},
	} {
		_, e := ts.fails(tc.cell)
		trace := strings.Join(e.Trace, "\n")
		for _, l := range tc.lines {
			if !strings.Contains(trace, l) {
				t.Errorf("%s: the traceback lacks %q:\n%s", tc.cell, l, trace)
			}
		}
	}
}
