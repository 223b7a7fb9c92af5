package main

import "fmt"

type Grid [][]int

func NewGrid(r, c int) Grid {
	g := make(Grid, r)
	n := 1
	for i := range g {
		g[i] = make([]int, c)
		for j := range g[i] {
			g[i][j] = n
			n++
		}
	}
	return g
}

func (g Grid) Spiral() []int {
	var out []int
	if len(g) == 0 {
		return out
	}
	top, bot, left, right := 0, len(g)-1, 0, len(g[0])-1
	for top <= bot && left <= right {
		for j := left; j <= right; j++ {
			out = append(out, g[top][j])
		}
		top++
		for i := top; i <= bot; i++ {
			out = append(out, g[i][right])
		}
		right--
		if top <= bot {
			for j := right; j >= left; j-- {
				out = append(out, g[bot][j])
			}
			bot--
		}
		if left <= right {
			for i := bot; i >= top; i-- {
				out = append(out, g[i][left])
			}
			left++
		}
	}
	return out
}

func (g Grid) RotateCW() Grid {
	r, c := len(g), len(g[0])
	out := make(Grid, c)
	for j := range c {
		out[j] = make([]int, r)
		for i := range r {
			out[j][r-1-i] = g[i][j]
		}
	}
	return out
}

func rotateInPlace(m *[4][4]int) {
	n := len(m)
	for i := range n {
		for j := i + 1; j < n; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	for i := range n {
		for j := range n / 2 {
			m[i][j], m[i][n-1-j] = m[i][n-1-j], m[i][j]
		}
	}
}

func main() {
	g := NewGrid(3, 4)
	fmt.Println(g.Spiral())
	fmt.Println(g.RotateCW())
	fmt.Println(g.RotateCW().RotateCW().RotateCW().RotateCW().Spiral())
	fmt.Println(NewGrid(1, 5).Spiral(), NewGrid(5, 1).Spiral(), Grid{}.Spiral())
	var m [4][4]int
	for i := range 16 {
		m[i/4][i%4] = i
	}
	saved := m
	rotateInPlace(&m)
	fmt.Println(m[0], m[3], saved[0])
	for range 3 {
		rotateInPlace(&m)
	}
	fmt.Println(m == saved)
}
