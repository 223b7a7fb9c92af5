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

func main() {
	rows := pascal(8)
	for i, r := range rows {
		s := strings.Trim(fmt.Sprint(r), "[]")
		fmt.Printf("%s%s\n", strings.Repeat(" ", (len(rows)-i)*2), s)
	}
	last := pascal(35)[34]
	fmt.Println(last[17], len(last))
	var c [10][10]uint8
	for i := range c {
		c[i][0] = 1
		for j := 1; j <= i; j++ {
			c[i][j] = c[i-1][j-1] + c[i-1][j]
		}
	}
	fmt.Println(c[9])
}
