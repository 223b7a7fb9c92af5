package main

import "fmt"

type T struct{ name string }

func (t T) Close() { fmt.Println("close", t.name) }

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func main() {
	a()
	for _, n := range []string{"x", "y"} {
		t := T{n}
		defer t.Close()
	}
	fmt.Println("main body")
}
