package main

import "fmt"

type Getter[T any] interface {
	Get() T
}

type Setter[T any] interface {
	Set(T)
}

type GetSetter[T any] interface {
	Getter[T]
	Setter[T]
}

type Cell[T any] struct{ v T }

func (c *Cell[T]) Get() T  { return c.v }
func (c *Cell[T]) Set(v T) { c.v = v }

type Const int

func (c Const) Get() int { return int(c) }

func Swap[T any](a, b GetSetter[T]) {
	x, y := a.Get(), b.Get()
	a.Set(y)
	b.Set(x)
}

func SumAll[T int | float64](gs ...Getter[T]) T {
	var s T
	for _, g := range gs {
		s += g.Get()
	}
	return s
}

func main() {
	a, b := &Cell[string]{"left"}, &Cell[string]{"right"}
	Swap[string](a, b)
	fmt.Println(a.Get(), b.Get())
	var g Getter[int] = Const(5)
	c := &Cell[int]{7}
	fmt.Println(SumAll(g, c, Const(1)))
	var gs GetSetter[int] = c
	gs.Set(9)
	fmt.Println(c.v, gs.Get())
	_, isSetter := g.(Setter[int])
	var ac any = c
	_, cIsSetter := ac.(Setter[int])
	fmt.Println(isSetter, cIsSetter)
}
