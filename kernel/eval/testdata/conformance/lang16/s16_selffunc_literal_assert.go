package main

import "fmt"

// Fn is a recursive func type: a func literal of its signature is a value
// of the unnamed type func(Fn) int, not of Fn.
type Fn func(Fn) int

func apply(f Fn) int { return f(f) }

func main() {
	var x any = func(Fn) int { return 1 }
	switch x.(type) {
	case Fn:
		fmt.Println("Fn")
	case func(Fn) int:
		fmt.Println("func(Fn) int")
	}
	_, ok := x.(Fn)
	fmt.Println("literal is Fn:", ok)
	g, ok := x.(func(Fn) int)
	fmt.Println("literal is func(Fn) int:", ok, g(nil))
	fmt.Printf("%T\n", x)

	var f Fn = func(Fn) int { return 3 }
	x = f
	switch x.(type) {
	case func(Fn) int:
		fmt.Println("func(Fn) int")
	case Fn:
		fmt.Println("Fn")
	}
	h, ok := x.(Fn)
	fmt.Println("Fn value is Fn:", ok, apply(h))
	fmt.Printf("%T\n", x)

	for i, v := range []any{f, func(Fn) int { return 4 }, Fn(g)} {
		_, a := v.(Fn)
		_, b := v.(func(Fn) int)
		fmt.Println(i, a, b)
	}
	m := map[string]any{"f": f, "lit": func(Fn) int { return 5 }}
	_, ok = m["f"].(Fn)
	fmt.Println(ok)
	_, ok = m["lit"].(Fn)
	fmt.Println(ok)
}
