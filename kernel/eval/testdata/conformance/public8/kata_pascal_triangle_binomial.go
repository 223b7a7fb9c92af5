package main

import (
	"fmt"
	"strings"
)

func pascal(n int) [][]int {
	rows := make([][]int, n)
	for i := range rows {
		rows[i] = make([]int, i+1)
		rows[i][0], rows[i][i] = 1, 1
		for j := 1; j < i; j++ {
			rows[i][j] = rows[i-1][j-1] + rows[i-1][j]
		}
	}
	return rows
}

func choose(n, k int) int {
	if k > n-k {
		k = n - k
	}
	r := 1
	for i := 1; i <= k; i++ {
		r = r * (n - k + i) / i
	}
	return r
}

func main() {
	rows := pascal(8)
	width := len(fmt.Sprint(rows[len(rows)-1]))
	for _, r := range rows {
		s := strings.Trim(fmt.Sprint(r), "[]")
		pad := (width - len(s)) / 2
		fmt.Println(strings.Repeat(" ", pad) + s)
	}
	ok := true
	for n, r := range pascal(20) {
		for k, v := range r {
			if choose(n, k) != v {
				ok = false
			}
		}
	}
	fmt.Println(ok, choose(52, 5), choose(60, 30))
	sierp := pascal(16)
	for _, r := range sierp {
		var b strings.Builder
		for _, v := range r {
			if v%2 == 1 {
				b.WriteString("▲")
			} else {
				b.WriteString(" ")
			}
		}
		fmt.Println(strings.Repeat(" ", 16-len(r)) + b.String())
	}
}
