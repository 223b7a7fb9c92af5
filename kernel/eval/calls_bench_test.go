package eval

import "testing"

// BenchmarkCellClosureCapture is a call of a closure that captures a variable
// (bench's "closure calls" row).
func BenchmarkCellClosureCapture(b *testing.B) {
	benchCell(b, `var sink int
func fn(n int) { k := 3; add := func(a, b int) int { return a + b*k }; s := 0; for i := 0; i < n; i++ { s = add(s, i) & 0xffffff }; sink = s }`)
}

// BenchmarkCellFuncValueCall is a call of a top-level func through a func
// variable.
func BenchmarkCellFuncValueCall(b *testing.B) {
	benchCell(b, `var sink int
func add(a, b int) int { return a + b*3 }
func fn(n int) { f := add; s := 0; for i := 0; i < n; i++ { s = f(s, i) & 0xffffff }; sink = s }`)
}

// BenchmarkCellDirectCall is a direct call of a top-level func.
func BenchmarkCellDirectCall(b *testing.B) {
	benchCell(b, `var sink int
func add(a, b int) int { return a + b*3 }
func fn(n int) { s := 0; for i := 0; i < n; i++ { s = add(s, i) & 0xffffff }; sink = s }`)
}

// BenchmarkCellIfaceTwoTypes is a call through an interface whose dynamic
// type alternates between a value and a pointer receiver (bench's
// "interface method calls" row).
func BenchmarkCellIfaceTwoTypes(b *testing.B) {
	benchCell(b, `type Shape interface{ Area() float64 }
type Rect struct{ w, h float64 }
func (r Rect) Area() float64 { return r.w * r.h }
type Circle struct{ r float64 }
func (c *Circle) Area() float64 { return 3 * c.r * c.r }
var sink float64
func fn(n int) { shapes := []Shape{Rect{1, 2}, &Circle{1}}; t := 0.0; for i := 0; i < n; i++ { t += shapes[i&1].Area() }; sink = t }`)
}

// BenchmarkCellPtrMethod is a direct call of a pointer-receiver method.
func BenchmarkCellPtrMethod(b *testing.B) {
	benchCell(b, `type C struct{ r float64 }
func (c *C) Area() float64 { return 3 * c.r * c.r }
var sink float64
func fn(n int) { c := &C{1}; t := 0.0; for i := 0; i < n; i++ { t += c.Area() }; sink = t }`)
}

// BenchmarkCellPtrMethodEmpty is a direct call of a pointer-receiver method
// whose body reads no field: the call's own cost.
func BenchmarkCellPtrMethodEmpty(b *testing.B) {
	benchCell(b, `type C struct{ r float64 }
func (c *C) One(a int) int { return a + 1 }
var sink int
func fn(n int) { c := &C{1}; t := 0; for i := 0; i < n; i++ { t = c.One(t) }; sink = t }`)
}

// BenchmarkCellFieldPtrRead is a read of a float field through a pointer.
func BenchmarkCellFieldPtrRead(b *testing.B) {
	benchCell(b, `type C struct{ r float64 }
var sink float64
func fn(n int) { c := &C{1}; t := 0.0; for i := 0; i < n; i++ { t += 3 * c.r * c.r }; sink = t }`)
}

// BenchmarkCellMapIntInsertLookup is bench's "map insert + lookup" row:
// an int key inserted, then looked up.
func BenchmarkCellMapIntInsertLookup(b *testing.B) {
	benchCell(b, `var sink int
func fn(n int) { m := map[int]int{}; for i := 0; i < n; i++ { m[i&0xffff] = i }; s := 0; for i := 0; i < n; i++ { s += m[i&0xffff] }; sink = s }`)
}

// BenchmarkCellValueMethodOnPtr is a value-receiver method called on a
// pointer.
func BenchmarkCellValueMethodOnPtr(b *testing.B) {
	benchCell(b, `type V struct{ x, y int }
func (v V) sum() int { return v.x + v.y }
var sink int
func fn(n int) { v := &V{1, 2}; t := 0; for i := 0; i < n; i++ { t += v.sum() }; sink = t }`)
}

// BenchmarkCellLessCalledBySort is a call of a cell's closure by compiled
// code: sort.SliceIsSorted calls less(i, i+1) for each element of a sorted
// slice (sort.Slice's calls). One op is one call.
func BenchmarkCellLessCalledBySort(b *testing.B) {
	benchCell(b, `import "sort"
var sink bool
func fn(n int) { a := make([]int, n+1); for i := range a { a[i] = i }; sink = sort.SliceIsSorted(a, func(i, j int) bool { return a[i] < a[j] }) }`)
}

// BenchmarkCellRuneFuncCalledByStrings is strings.Map calling a cell's
// func(rune) rune once per rune. One op is one call.
func BenchmarkCellRuneFuncCalledByStrings(b *testing.B) {
	benchCell(b, `import "strings"
var sink int
func fn(n int) { s := strings.Repeat("a", n); sink = len(strings.Map(func(r rune) rune { return r + 1 }, s)) }`)
}

// BenchmarkCellNamedLessCalledBySort is BenchmarkCellLessCalledBySort with
// a less func of a named func type: it goes through reflect.MakeFunc,
// with its frame reused.
func BenchmarkCellNamedLessCalledBySort(b *testing.B) {
	benchCell(b, `import "sort"
type Less func(i, j int) bool
var sink bool
func fn(n int) { a := make([]int, n+1); for i := range a { a[i] = i }; var less Less = func(i, j int) bool { return a[i] < a[j] }; sink = sort.SliceIsSorted(a, less) }`)
}

// BenchmarkCellSprintf is a call of fmt.Sprintf with one argument from a
// cell (a variadic compiled function with a fast caller, StdFast).
func BenchmarkCellSprintf(b *testing.B) {
	benchCell(b, `import "fmt"
var sink string
func fn(n int) { for i := 0; i < n; i++ { sink = fmt.Sprintf("%d,", i) } }`)
}

// BenchmarkCellAppendInt is a = append(a, i) in a loop (a fast step).
func BenchmarkCellAppendInt(b *testing.B) {
	benchCell(b, `var sink int
func fn(n int) { var a []int; for i := 0; i < n; i++ { a = append(a, i) }; sink = len(a) }`)
}

// BenchmarkCellStringIndexCompare is s[i%12] == 'o' in a loop (fast
// steps for the index and for the comparison of its byte).
func BenchmarkCellStringIndexCompare(b *testing.B) {
	benchCell(b, `var sink int
func fn(n int) { s := "hello, world"; c := 0; for i := 0; i < n; i++ { if s[i%12] == 'o' { c++ } }; sink = c }`)
}

// BenchmarkCellHeapPushPop is container/heap with a cell's IntHeap: one op
// is one push and one pop of a heap of up to n ints (Less, Swap, Push,
// Pop called through heap.Interface, typed method stubs).
func BenchmarkCellHeapPushPop(b *testing.B) {
	benchCell(b, `import "container/heap"
type IntHeap []int
func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any          { old := *h; n := len(old); x := old[n-1]; *h = old[:n-1]; return x }
var sink int
func fn(n int) { h := &IntHeap{}; for i := 0; i < n; i++ { heap.Push(h, (i*7919)%n) }; s := 0; for h.Len() > 0 { s += heap.Pop(h).(int) }; sink = s }`)
}

// BenchmarkCellSortSortMethods is sort.Sort of n ints by a cell's
// Len/Less/Swap (value receivers of a slice type): one op is one element
// sorted.
func BenchmarkCellSortSortMethods(b *testing.B) {
	benchCell(b, `import "sort"
type ints []int
func (s ints) Len() int           { return len(s) }
func (s ints) Less(i, j int) bool { return s[i] < s[j] }
func (s ints) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
var sink int
func fn(n int) { a := make(ints, n); for i := range a { a[i] = (i * 7919) % n }; sort.Sort(a); sink = a[0] }`)
}

// BenchmarkCellStringerCalledByFmt is fmt.Sprint of a value of a cell's
// type with a String method: one op is one call.
func BenchmarkCellStringerCalledByFmt(b *testing.B) {
	benchCell(b, `import "fmt"
type celsius float64
func (c celsius) String() string { return "C" }
var sink string
func fn(n int) { var s fmt.Stringer = celsius(1); for i := 0; i < n; i++ { sink = fmt.Sprint(s) } }`)
}
