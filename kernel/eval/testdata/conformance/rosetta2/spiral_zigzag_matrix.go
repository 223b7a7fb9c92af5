package main

import (
	"fmt"
	"strings"
)

func spiral(n int) [][]int {
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
	}
	top, bottom, left, right := 0, n-1, 0, n-1
	k := 0
	for top <= bottom && left <= right {
		for c := left; c <= right; c++ {
			m[top][c] = k
			k++
		}
		top++
		for r := top; r <= bottom; r++ {
			m[r][right] = k
			k++
		}
		right--
		for c := right; c >= left && top <= bottom; c-- {
			m[bottom][c] = k
			k++
		}
		bottom--
		for r := bottom; r >= top && left <= right; r-- {
			m[r][left] = k
			k++
		}
		left++
	}
	return m
}

func zigzag(n int) []int {
	zz := make([]int, n*n)
	i := 0
	n2 := n * 2
	for p := 1; p <= n2; p++ {
		x := p - n
		if x < 0 {
			x = 0
		}
		y := p - 1
		if y > n-1 {
			y = n - 1
		}
		j := n2 - p
		if j > p {
			j = p
		}
		for k := 0; k < j; k++ {
			if p&1 == 0 {
				zz[(x+k)*n+y-k] = i
			} else {
				zz[(y-k)*n+x+k] = i
			}
			i++
		}
	}
	return zz
}

func show(rows [][]int) {
	for _, r := range rows {
		var sb strings.Builder
		for _, v := range r {
			fmt.Fprintf(&sb, "%3d", v)
		}
		fmt.Println(sb.String())
	}
}

func main() {
	show(spiral(5))
	z := zigzag(5)
	var rows [][]int
	for i := 0; i < 5; i++ {
		rows = append(rows, z[i*5:i*5+5])
	}
	show(rows)
	id := [4][4]int{}
	for i := range id {
		id[i][i] = 1
	}
	for _, r := range id {
		fmt.Println(r)
	}
}
