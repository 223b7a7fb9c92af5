package main

import "fmt"

type Matrix [2][2]int

func (m Matrix) Mul(o Matrix) (r Matrix) {
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return
}

func main() {
	id := Matrix{{1, 0}, {0, 1}}
	m := Matrix{{1, 1}, {1, 0}}
	fmt.Println(m.Mul(id) == m, id.Mul(id) == id)
	p := m
	for i := 0; i < 9; i++ {
		p = p.Mul(m)
	}
	fmt.Println(p, p[0][1])
	seen := map[Matrix]bool{m: true}
	fmt.Println(seen[Matrix{{1, 1}, {1, 0}}], seen[id])
	var a, b [3]string
	a[1] = "x"
	b[1] = "x"
	fmt.Println(a == b, a != [3]string{})
	type Cell struct {
		pos [2]int
		tag string
	}
	cells := map[Cell]int{{[2]int{1, 2}, "a"}: 5}
	fmt.Println(cells[Cell{[2]int{1, 2}, "a"}])
	var ifaces [2]interface{}
	ifaces[0] = 1
	other := [2]interface{}{1, nil}
	fmt.Println(ifaces == other)
}
