package main

import (
	"fmt"
	"runtime"
)

type T struct{ x int }

func (t T) M() int { return t.x }

func (t T) Sum(a, b int) int { return t.x + a + b }

func (t *T) P() string {
	if t == nil {
		return "nil receiver is fine"
	}
	return "ok"
}

type I interface{ M() int }

type J interface {
	Sum(a, b int) int
	P() string
}

//go:noinline
func callM(i I) int { return i.M() }

//go:noinline
func callJ(j J) (string, int) { return j.P(), j.Sum(1, 2) }

var global I

func try(name string, fn func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error %v)\n", name, r, isRuntime)
	}()
	fn()
}

func main() {
	var p *T
	try("direct", func() { fmt.Println(p.M()) })
	try("through a func", func() { fmt.Println(callM(p)) })
	global = p
	try("through a global", func() { fmt.Println(global.M()) })
	try("value method with args", func() { fmt.Println(callJ(p)) })
	try("method value of the interface", func() {
		f := global.M
		fmt.Println("bound")
		fmt.Println(f())
	})
	try("method expression", func() { fmt.Println((*T).M(p)) })
	try("method expression value", func() {
		f := (*T).Sum
		fmt.Println(f(p, 1, 2))
	})
	try("method value", func() {
		f := p.M
		fmt.Println("bound")
		fmt.Println(f())
	})
	try("non-nil", func() { fmt.Println(callM(&T{5})) })
}
