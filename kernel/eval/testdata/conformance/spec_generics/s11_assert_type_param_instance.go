package main

import "fmt"

// x.(T) in a generic function, with T a type parameter, compiles whatever
// the instance: an instance's T that cannot implement x's interface (int
// here) makes the assertion fail at run time, as any failing one does.

type Shape interface {
	Area() float64
	Name() string
}

type Square struct{ side float64 }

func (q Square) Area() float64 { return q.side * q.side }
func (q Square) Name() string  { return "square" }

func as[T any](s Shape) (T, bool) {
	v, ok := s.(T)
	return v, ok
}

func must[T any](s Shape) T {
	return s.(T)
}

func main() {
	var s Shape = Square{2}
	q, ok := as[Square](s)
	fmt.Println(q, ok, q.Area())
	n, ok := as[int](s)
	fmt.Println(n, ok)
	b, ok := as[bool](nil)
	fmt.Println(b, ok)
	fmt.Println(must[Square](s).Name())
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(must[int](s))
}
