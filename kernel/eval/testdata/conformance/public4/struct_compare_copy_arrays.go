package main

import "fmt"

type Point struct{ X, Y int }
type Rect struct{ Min, Max Point }
type Key struct {
	Name string
	Pos  [2]int
}

type Matrix [3][3]float64

func (m Matrix) Mul(o Matrix) (r Matrix) {
	for i := range 3 {
		for j := range 3 {
			for k := range 3 {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return
}

func main() {
	a := Rect{Point{0, 0}, Point{2, 3}}
	b := a
	b.Max.X = 10
	fmt.Println(a, b, a == b, a.Min == b.Min)
	seen := map[Key]int{}
	seen[Key{"a", [2]int{1, 2}}]++
	seen[Key{"a", [2]int{1, 2}}]++
	seen[Key{"b", [2]int{1, 2}}]++
	fmt.Println(len(seen), seen[Key{"a", [2]int{1, 2}}])
	arr := [5]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 99
	fmt.Println(arr, arr2, arr == arr2, len(arr))
	s := arr[1:4]
	s[0] = 42
	fmt.Println(arr, s, cap(s))
	id := Matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	m := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(m.Mul(id) == m, m.Mul(m)[1])
	ps := []Point{{1, 2}, {3, 4}}
	for _, p := range ps {
		p.X = 100
	}
	for i := range ps {
		ps[i].Y *= 10
	}
	fmt.Println(ps)
	pp := &ps[0]
	ps = append(ps, Point{5, 6})
	pp.X = -1
	fmt.Println(ps[0].X == -1 || ps[0].X == 1)
	var anyA, anyB any = Point{1, 2}, Point{1, 2}
	fmt.Println(anyA == anyB)
	type pair [2]string
	pm := map[pair]bool{{"x", "y"}: true}
	fmt.Println(pm[pair{"x", "y"}], pm[pair{"y", "x"}])
	grid := [3][4]rune{}
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][2] = '#'
	for _, row := range grid {
		fmt.Println(string(row[:]))
	}
}
