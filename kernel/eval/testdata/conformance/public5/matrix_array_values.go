package main

import "fmt"

type Mat3 [3][3]float64

func (m Mat3) Mul(o Mat3) (r Mat3) {
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return
}

func (m Mat3) T() Mat3 {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	return m
}

func (m *Mat3) Scale(f float64) {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= f
		}
	}
}

func (m Mat3) Det() float64 {
	return m[0][0]*(m[1][1]*m[2][2]-m[1][2]*m[2][1]) -
		m[0][1]*(m[1][0]*m[2][2]-m[1][2]*m[2][0]) +
		m[0][2]*(m[1][0]*m[2][1]-m[1][1]*m[2][0])
}

type Vec [3]float64

func (m Mat3) Apply(v Vec) (out Vec) {
	for i := range out {
		for j := range v {
			out[i] += m[i][j] * v[j]
		}
	}
	return
}

func main() {
	id := Mat3{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	a := Mat3{{1, 2, 3}, {4, 5, 6}, {7, 8, 10}}
	fmt.Println(a.Mul(id) == a, a.T(), a[0][1])
	b := a
	b.Scale(2)
	fmt.Println(a[2], b[2], a == b)
	fmt.Println(a.Det(), b.Det(), id.Det())
	fmt.Println(a.Apply(Vec{1, 1, 1}), id.Apply(Vec{3, 2, 1}))
	rows := a[1]
	rows[0] = 100
	fmt.Println(a[1][0], rows)
	pr := &a[2]
	pr[2] = -1
	fmt.Println(a[2])
	grid := [2][]int{{1}, {2, 3}}
	g2 := grid
	g2[1][0] = 99
	g2[0] = append(g2[0], 5)
	fmt.Println(grid, g2)
	seen := map[Vec]bool{{1, 2, 3}: true}
	fmt.Println(seen[Vec{1, 2, 3}], seen[Vec{3, 2, 1}])
	var zero Mat3
	fmt.Println(zero == Mat3{}, len(zero), len(zero[0]))
	fmt.Printf("%v\n%.1f\n", a.Mul(a), Vec{1.25, 2.5, 3.75})
}
