package main

import "fmt"

type Grid [3][3]int

func (g Grid) With(r, c, v int) Grid {
	g[r][c] = v
	return g
}

func (g *Grid) Set(r, c, v int) { g[r][c] = v }

func main() {
	var g Grid
	g2 := g.With(1, 1, 5)
	fmt.Println(g, g2)
	g.Set(0, 0, 1)
	fmt.Println(g)
	arr := [3]int{1, 2, 3}
	cp := arr
	cp[0] = 100
	fmt.Println(arr, cp)
	for i, v := range arr {
		arr[2] = 10
		if i == 2 {
			fmt.Println("range copy:", v)
		}
	}
	sl := arr[:]
	for i, v := range sl {
		sl[2] = 20
		if i == 2 {
			fmt.Println("slice live:", v)
		}
	}
	m := map[string][2]int{"a": {1, 2}}
	v := m["a"]
	v[0] = 9
	fmt.Println(m, v)
	structs := []struct{ n int }{{1}, {2}}
	for _, s := range structs {
		s.n *= 10
	}
	for i := range structs {
		structs[i].n += 1
	}
	fmt.Println(structs)
}
