package main

import "fmt"

var (
	i   int
	f   float64
	s   string
	b   bool
	p   *int
	sl  []int
	m   map[string]int
	ch  chan int
	fn  func()
	e   error
	arr [2]bool
	st  struct {
		A int
		B string
	}
	u, v, w = 1, "two", 3.0
)

func main() {
	fmt.Println(i, f, s == "", b, p == nil, sl == nil, m == nil, ch == nil, fn == nil, e == nil)
	fmt.Println(arr, st)
	fmt.Printf("%T %T %T\n", u, v, w)
	var x, y int = 1, 2
	var z = x + y
	fmt.Println(x, y, z)
}
