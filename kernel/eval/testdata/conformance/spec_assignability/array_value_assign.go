package main

import "fmt"

type Grid [2][2]int

func mutate(g Grid) Grid {
	g[0][0] = 99
	return g
}

func main() {
	var g Grid
	h := mutate(g)
	fmt.Println(g, h)
	a := [3]string{"x", "y", "z"}
	b := a
	b[0] = "changed"
	fmt.Println(a, b, a == b)
	var raw [2][2]int = h
	fmt.Println(raw)
	pa := &a
	pa[1] = "via pointer"
	fmt.Println(a)
}
