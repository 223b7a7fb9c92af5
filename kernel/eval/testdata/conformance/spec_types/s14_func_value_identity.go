package main

import "fmt"

type T struct{ n int }

func (t T) Add(x int) int { return t.n + x }

func plain(t T, x int) int { return t.n + x }

func main() {
	var a any = T.Add
	_, ok := a.(func(T, int) int)
	fmt.Println(ok)
	var b any = plain
	_, ok = b.(func(T, int) int)
	fmt.Println(ok)
	f := T.Add
	var c any = f
	_, ok = c.(func(T, int) int)
	fmt.Println(ok)
	switch c.(type) {
	case func(T, int) int:
		fmt.Println("func(T, int) int")
	default:
		fmt.Println("default")
	}
}
