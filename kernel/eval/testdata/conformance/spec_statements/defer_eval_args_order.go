package main

import "fmt"

func trace(s string) string {
	fmt.Println("entering:", s)
	return s
}

func un(s string) { fmt.Println("leaving:", s) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func b() {
	defer un(trace("b"))
	fmt.Println("in b")
	a()
}

func counter() (n int) {
	defer func() { n *= 2 }()
	defer func() { n += 3 }()
	return 1
}

func main() {
	b()
	fmt.Println(counter())
	for i := range 3 {
		defer fmt.Print(i, " ")
	}
	x := 10
	defer fmt.Println("x at defer:", x)
	x = 20
	defer func() { fmt.Println("x in closure:", x) }()
}
