package main

import "fmt"

type Grid [2][2]int

func bump(g Grid) Grid {
	g[0][0]++
	return g
}

func bumpPtr(g *Grid) { g[1][1] += 10 }

func main() {
	var g Grid
	h := bump(g)
	fmt.Println(g, h)
	bumpPtr(&g)
	fmt.Println(g)
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == [3]int{1, 2, 3})
	s := a[:]
	s[1] = 20
	fmt.Println(a, len(s), cap(s))
	for i, v := range a {
		a[2] = 99
		if i == 2 {
			fmt.Println("range copy", v)
		}
	}
	fmt.Printf("%T %v\n", g, g)
}
