package main

import "fmt"

type Handler func(string) int
type Other func(s string) (n int)

func length(s string) int { return len(s) }

func apply(h Handler, s string) int { return h(s) }

func main() {
	var h Handler = length
	var f func(string) int = h // defined to unnamed
	var o Other = f            // unnamed to defined (param names do not matter)
	fmt.Println(apply(h, "abc"), f("xy"), o("z"))
	fmt.Println(apply(func(x string) int { return 2 * len(x) }, "hi"))
	var a any = h
	_, ok := a.(func(string) int)
	fmt.Println("Handler as func(string) int:", ok)
	_, ok = a.(Handler)
	fmt.Println("Handler as Handler:", ok)
	_, ok = a.(Other)
	fmt.Println("Handler as Other:", ok)
	var b any = length
	switch b.(type) {
	case Handler:
		fmt.Println("Handler")
	case func(string) int:
		fmt.Println("func(string) int")
	}
	fmt.Printf("%T %T %T\n", h, f, o)
}
