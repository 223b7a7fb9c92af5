package main

import (
	"fmt"
	"strings"
)

// Conversions to defined func types, generic or not, have the defined
// type: its methods are callable on the result.

type Check func(int) bool

func (c Check) Not() Check { return func(n int) bool { return !c(n) } }

type Pred[T any] func(T) bool

func (p Pred[T]) And(q Pred[T]) Pred[T] { return func(t T) bool { return p(t) && q(t) } }
func (p Pred[T]) Or(q Pred[T]) Pred[T]  { return func(t T) bool { return p(t) || q(t) } }

type Middleware func(string) string

func (m Middleware) Then(n Middleware) Middleware { return func(s string) string { return n(m(s)) } }

func main() {
	pos := Check(func(n int) bool { return n > 0 })
	neg := pos.Not()
	fmt.Println(pos(3), neg(3), neg(-3))
	even := Pred[int](func(n int) bool { return n%2 == 0 })
	big := Pred[int](func(n int) bool { return n > 10 })
	both := even.And(big)
	either := even.Or(big)
	fmt.Println(both(12), both(4), either(4), either(13), either(3))
	short := Pred[string](func(s string) bool { return len(s) < 4 })
	fmt.Println(short.And(func(s string) bool { return strings.HasPrefix(s, "g") })("go"))
	up := Middleware(strings.ToUpper)
	chain := up.Then(func(s string) string { return s + "!" }).Then(strings.TrimSpace)
	fmt.Println(chain(" hi"))
	fmt.Printf("%T %T\n", neg, both)
}
