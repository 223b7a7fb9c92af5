package main

import "fmt"

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func f() {
	defer un(trace("f"))
	fmt.Println("in f")
}

func main() {
	f()
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 1
	defer fmt.Println("x at defer:", x)
	defer func() { fmt.Println("x in closure:", x) }()
	x = 2
	fmt.Println("end of main")
}
