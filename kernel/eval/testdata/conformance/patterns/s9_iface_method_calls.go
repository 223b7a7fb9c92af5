package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

// Calls of methods through interfaces of the program's own types, in
// loops: value and pointer receivers, several dynamic types at one call
// site, promoted methods, compiled methods, nil values, recursion,
// results, defers and goroutines.

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }
func (s Square) Name() string   { return "square" }

type Counter interface{ Inc() int }

type byValue struct{ n int }
type byPtr struct{ n int }

func (b byValue) Inc() int { b.n++; return b.n }
func (b *byPtr) Inc() int  { b.n++; return b.n }

type Expr interface{ Eval() int }
type Num int
type Add struct{ L, R Expr }
type Mul struct{ L, R Expr }

func (n Num) Eval() int  { return int(n) }
func (a Add) Eval() int  { return a.L.Eval() + a.R.Eval() }
func (m *Mul) Eval() int { return m.L.Eval() * m.R.Eval() }

type Divider interface {
	Div(a, b int) (q, r int, err error)
}
type safeDiv struct{ calls int }

func (d *safeDiv) Div(a, b int) (q, r int, err error) {
	d.calls++
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
		}
	}()
	return a / b, a % b, nil
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int { return len(s.items) }

type Pusher interface {
	Push(int)
	Len() int
}

type Named interface{ String() string }

type label string

func (l label) String() string { return "label:" + string(l) }

type wrapped struct{ Shape }

func build(depth int) Expr {
	if depth == 0 {
		return Num(depth + 1)
	}
	if depth%2 == 0 {
		return Add{build(depth - 1), Num(depth)}
	}
	return &Mul{build(depth - 1), Num(2)}
}

func fib(e Expr, n int) int {
	if n < 2 {
		return e.Eval() * n
	}
	return fib(e, n-1) + fib(e, n-2)
}

func main() {
	shapes := []Shape{Rect{1, 2}, &Circle{1}, Square{Rect{3, 3}}, Rect{2, 5}, &Circle{2}, wrapped{Rect{1, 1}}}
	total := 0.0
	names := map[string]int{}
	for i := 0; i < 1000; i++ {
		s := shapes[i%len(shapes)]
		total += s.Area()
		names[s.Name()]++
	}
	fmt.Printf("%.1f %v\n", total, names)

	// Value receivers work on a copy; pointer receivers on the value.
	var c Counter = byValue{}
	t := 0
	for i := 0; i < 5; i++ {
		t += c.Inc()
	}
	p := &byPtr{}
	c = p
	for i := 0; i < 5; i++ {
		t += c.Inc()
	}
	c = &byValue{n: 10}
	for i := 0; i < 3; i++ {
		t += c.Inc()
	}
	fmt.Println(t, p.n, c.(*byValue).n)

	// Recursion through an interface, at two call sites.
	e := build(9)
	fmt.Println(e.Eval(), fib(Num(3), 15))

	// Several results, a defer and a recover in the method.
	var d Divider = &safeDiv{}
	for _, b := range []int{3, 0, 5} {
		q, r, err := d.Div(17, b)
		fmt.Println(q, r, err)
	}
	fmt.Println(d.(*safeDiv).calls)

	// A method of a generic type.
	var ps Pusher = &Stack[int]{}
	for i := 0; i < 10; i++ {
		ps.Push(i)
	}
	fmt.Println(ps.Len())

	// Compiled and interpreted String methods at one call site.
	ns := []Named{label("a"), time.Duration(1500) * time.Millisecond, label("b"), &strings.Builder{}}
	var parts []string
	for _, n := range ns {
		parts = append(parts, n.String())
	}
	fmt.Println(strings.Join(parts, ","))

	// A nil interface and a nil pointer in one.
	var none Shape
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		fmt.Println(none.Area())
	}()
	var nc *Circle
	var s2 Shape = nc
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		fmt.Println(s2.Name())
		fmt.Println(s2.Area())
	}()

	// An interface value held in an interface of another type.
	var anyShape any = Rect{4, 4}
	if sh, ok := anyShape.(Shape); ok {
		fmt.Println(sh.Area(), sh.Name())
	}

	// Goroutines calling through one interface value.
	var counter Counter = &lockedCounter{}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				counter.Inc()
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter.Inc())

	// Interfaces passed to a compiled function and called back.
	sorted := []Shape{Rect{3, 1}, &Circle{1}, Rect{1, 1}}
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Area() < sorted[j].Area() })
	for _, s := range sorted {
		fmt.Print(s.Name(), " ")
	}
	fmt.Println()

	var err error = errors.New("plain")
	for i := 0; i < 2; i++ {
		fmt.Println(err.Error())
		err = myErr{i}
	}
	fmt.Println(err.Error())
}

type lockedCounter struct {
	mu sync.Mutex
	n  int
}

func (l *lockedCounter) Inc() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.n++
	return l.n
}

type myErr struct{ code int }

func (m myErr) Error() string { return fmt.Sprint("code ", m.code) }
