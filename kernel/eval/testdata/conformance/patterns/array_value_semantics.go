package main

import "fmt"

type Matrix [2][2]int

func (m Matrix) Double() Matrix {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= 2
		}
	}
	return m
}

func (m *Matrix) Inc() {
	for i := range m {
		for j := range m[i] {
			m[i][j]++
		}
	}
}

func main() {
	m := Matrix{{1, 2}, {3, 4}}
	d := m.Double()
	fmt.Println(m, d)
	m.Inc()
	fmt.Println(m)
	arrs := map[string][3]int{"a": {1, 2, 3}}
	a := arrs["a"]
	a[0] = 100
	fmt.Println(arrs["a"], a)
	ptrs := [2]*int{new(int), new(int)}
	cp := ptrs
	*cp[0] = 7
	fmt.Println(*ptrs[0], ptrs == cp)
	var grid [3][4]rune
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][2] = '#'
	for _, row := range grid {
		fmt.Println(string(row[:]))
	}
	fmt.Println(len(grid), len(grid[0]), cap(grid[0][:2]))
	x := [...]string{2: "c", 0: "a"}
	fmt.Printf("%q %d\n", x, len(x))
}
