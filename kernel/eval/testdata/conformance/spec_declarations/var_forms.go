package main

import "fmt"

var (
	a      int
	b, c   = 1, "two"
	d, e   float64
	f      = []int{1}
	g, h   = swap(1, 2)
	unused = 0
)

func swap(x, y int) (int, int) { return y, x }

func main() {
	var i, j, k = 1, 2.0, "3"
	var l int = 4
	fmt.Println(a, b, c, d, e, f, g, h, i, j, k, l)
	fmt.Printf("%T %T %T\n", i, j, k)
	_ = unused
}
