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

func (m *Matrix) DoubleInPlace() {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= 2
		}
	}
}

type Holder struct {
	Arr   [3]int
	Slice []int
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == b)

	m := Matrix{{1, 2}, {3, 4}}
	d := m.Double()
	fmt.Println(m, d)
	m.DoubleInPlace()
	fmt.Println(m, m == d)

	h1 := Holder{[3]int{1, 2, 3}, []int{1, 2, 3}}
	h2 := h1
	h2.Arr[0] = 9
	h2.Slice[0] = 9
	fmt.Println(h1, h2)

	grid := [3][3]rune{}
	row := grid[1]
	row[1] = 'x'
	fmt.Println(grid[1][1] == 0, string(row[1]))
	pr := &grid[1]
	pr[1] = 'o'
	fmt.Println(string(grid[1][1]))

	arrs := map[string][2]int{"a": {1, 2}}
	v := arrs["a"]
	v[0] = 5
	fmt.Println(arrs, v)

	// arrays as map keys and comparison
	seen := map[[2]int]bool{}
	seen[[2]int{1, 2}] = true
	k := [2]int{1, 2}
	fmt.Println(seen[k], seen[[2]int{2, 1}])

	// passing array to function copies; pointer shares
	inc := func(x [3]int) { x[0]++ }
	incP := func(x *[3]int) { x[0]++ }
	inc(a)
	incP(&a)
	fmt.Println(a)
	sl := a[:]
	sl[2] = 0
	fmt.Println(a, len(sl))
	var zero [0]int
	fmt.Println(len(zero), zero)
}
