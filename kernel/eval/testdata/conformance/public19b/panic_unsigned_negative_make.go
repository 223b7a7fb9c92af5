package main

import "fmt"

func grid(w, h int) [][]rune {
	g := make([][]rune, h)
	for i := range g {
		g[i] = make([]rune, w)
	}
	return g
}

func main() {
	g := grid(3, 2)
	fmt.Println(len(g), len(g[0]))
	w := 2
	g = grid(w-5, 1)
	fmt.Println(g)
}
