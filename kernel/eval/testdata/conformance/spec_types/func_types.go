package main

import "fmt"

type op func(int, int) int

type handler interface{ Handle(string) string }

type hfunc func(string) string

func (f hfunc) Handle(s string) string { return f(s) }

func apply(f op, a, b int) int { return f(a, b) }

func main() {
	add := func(a, b int) int { return a + b }
	fmt.Println(apply(add, 2, 3), apply(func(a, b int) int { return a * b }, 2, 3))
	var h handler = hfunc(func(s string) string { return "<" + s + ">" })
	fmt.Println(h.Handle("x"))
	var f func()
	fmt.Println(f == nil)
}
