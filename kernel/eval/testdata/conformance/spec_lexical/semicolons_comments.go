package main

import "fmt"

/* a block
comment */

func f() (int, string) { return 1, "x" } // trailing

func main() {
	x := 1
	y := 2 /* inline */ + 3
	fmt.Println(x, y)
	a, b := f()
	fmt.Println(a, b)
	s := []int{
		1,
		2,
	}
	fmt.Println(s)
}
