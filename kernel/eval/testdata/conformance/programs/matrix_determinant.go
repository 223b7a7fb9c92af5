package main

import (
	"fmt"
	"math"
)

func det(m [][]float64) float64 {
	n := len(m)
	a := make([][]float64, n)
	for i := range m {
		a[i] = append([]float64(nil), m[i]...)
	}
	d := 1.0
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		if a[p][c] == 0 {
			return 0
		}
		if p != c {
			a[p], a[c] = a[c], a[p]
			d = -d
		}
		d *= a[c][c]
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k < n; k++ {
				a[r][k] -= f * a[c][k]
			}
		}
	}
	return d
}

func main() {
	fmt.Printf("%.4f\n", det([][]float64{{2, 0}, {0, 3}}))
	fmt.Printf("%.4f\n", det([][]float64{{1, 2, 3}, {4, 5, 6}, {7, 8, 10}}))
	fmt.Printf("%.4f\n", det([][]float64{{1, 2}, {2, 4}}))
	fmt.Printf("%.4f\n", det([][]float64{{0, 1, 2}, {1, 0, 3}, {4, -3, 8}}))
	id := make([][]float64, 5)
	for i := range id {
		id[i] = make([]float64, 5)
		id[i][i] = float64(i + 1)
	}
	fmt.Println(det(id))
}
