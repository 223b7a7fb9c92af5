package eval

import "testing"

// Benchmarks of issue 12's hot paths (s9-speed), one iteration of fn's
// loop each (ns/op).

// BenchmarkCellIfaceSliceSum sums Area() over a slice of an interpreted
// interface holding values of two interpreted types (value receivers).
func BenchmarkCellIfaceSliceSum(b *testing.B) {
	benchCell(b, `type Shape interface{ Area() float64 }
type Rect struct{ w, h float64 }
type Circle struct{ r float64 }
func (r Rect) Area() float64 { return r.w * r.h }
func (c Circle) Area() float64 { return 3 * c.r * c.r }
var shapes = []Shape{Rect{1, 2}, Circle{1}, Rect{3, 4}, Circle{2}}
var sink float64
func fn(n int) { t := 0.0; for i := 0; i < n; i++ { t += shapes[i%4].Area() }; sink = t }`)
}

// BenchmarkCellIfacePtrMethod is a call through an interpreted interface
// of a pointer-receiver method.
func BenchmarkCellIfacePtrMethod(b *testing.B) {
	benchCell(b, `type Counter interface{ Inc() int }
type C struct{ n int }
func (c *C) Inc() int { c.n++; return c.n }
var sink int
func fn(n int) { var c Counter = &C{}; t := 0; for i := 0; i < n; i++ { t = c.Inc() }; sink = t }`)
}

// BenchmarkCellIfaceRange sums Area() with a range over the slice.
func BenchmarkCellIfaceRange(b *testing.B) {
	benchCell(b, `type Shape interface{ Area() float64 }
type Rect struct{ w, h float64 }
func (r Rect) Area() float64 { return r.w * r.h }
var shapes = []Shape{Rect{1, 2}, Rect{3, 4}, Rect{5, 6}, Rect{7, 8}}
var sink float64
func total() float64 { t := 0.0; for _, s := range shapes { t += s.Area() }; return t }
func fn(n int) { t := 0.0; for i := 0; i < n; i++ { t += total() }; sink = t }`)
}

// BenchmarkCellClosureSlice calls closures held in a slice.
func BenchmarkCellClosureSlice(b *testing.B) {
	benchCell(b, `var sink int
func fn(n int) {
	ops := []func(int) int{func(x int) int { return x + 1 }, func(x int) int { return x * 2 % 1000003 }}
	t := 0
	for i := 0; i < n; i++ { t = ops[i&1](t) }
	sink = t
}`)
}

// BenchmarkCellClosureMap calls closures held in a map.
func BenchmarkCellClosureMap(b *testing.B) {
	benchCell(b, `var sink int
func fn(n int) {
	ops := map[string]func(int) int{"inc": func(x int) int { return x + 1 }}
	t := 0
	for i := 0; i < n; i++ { t = ops["inc"](t) }
	sink = t
}`)
}

// BenchmarkCellClosureCounter calls a closure that updates a captured
// variable.
func BenchmarkCellClosureCounter(b *testing.B) {
	benchCell(b, `var sink int
func fn(n int) {
	c := 0
	inc := func() { c++ }
	for i := 0; i < n; i++ { inc() }
	sink = c
}`)
}

// BenchmarkCellPtrMethodInc is p.inc() on a pointer receiver.
func BenchmarkCellPtrMethodInc(b *testing.B) {
	benchCell(b, `type counter struct{ n int }
func (c *counter) inc() { c.n++ }
var sink int
func fn(n int) { c := &counter{}; for i := 0; i < n; i++ { c.inc() }; sink = c.n }`)
}

// BenchmarkCellAddrMethodInc is c.inc() on an addressable struct value.
func BenchmarkCellAddrMethodInc(b *testing.B) {
	benchCell(b, `type counter struct{ n int }
func (c *counter) inc() { c.n++ }
var sink int
func fn(n int) { var c counter; for i := 0; i < n; i++ { c.inc() }; sink = c.n }`)
}

// BenchmarkCellMethodValue calls a method value held in a variable.
func BenchmarkCellMethodValue(b *testing.B) {
	benchCell(b, `type counter struct{ n int }
func (c *counter) inc() { c.n++ }
var sink int
func fn(n int) { c := &counter{}; f := c.inc; for i := 0; i < n; i++ { f() }; sink = c.n }`)
}

// BenchmarkCellPtrFieldUpdate updates struct fields through a pointer.
func BenchmarkCellPtrFieldUpdate(b *testing.B) {
	benchCell(b, `type acc struct{ sum, count int; max int }
var sink int
func fn(n int) { a := &acc{}; for i := 0; i < n; i++ { a.sum += i; a.count++; if i > a.max { a.max = i } }; sink = a.sum + a.count + a.max }`)
}
