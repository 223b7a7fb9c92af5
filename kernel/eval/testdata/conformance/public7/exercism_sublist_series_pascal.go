package main

import (
	"fmt"
	"slices"
)

type Relation string

const (
	Equal     Relation = "equal"
	Sublist   Relation = "sublist"
	Superlist Relation = "superlist"
	Unequal   Relation = "unequal"
)

func contains(big, small []int) bool {
	if len(small) == 0 {
		return true
	}
	for i := 0; i+len(small) <= len(big); i++ {
		if slices.Equal(big[i:i+len(small)], small) {
			return true
		}
	}
	return false
}

func Sublist_(a, b []int) Relation {
	switch {
	case slices.Equal(a, b):
		return Equal
	case contains(b, a):
		return Sublist
	case contains(a, b):
		return Superlist
	}
	return Unequal
}

func Series(n int, s string) []string {
	var out []string
	for i := 0; i+n <= len(s); i++ {
		out = append(out, s[i:i+n])
	}
	return out
}

func Triangle(n int) [][]int {
	rows := make([][]int, 0, n)
	for i := 0; i < n; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = rows[i-1][j-1] + rows[i-1][j]
		}
		rows = append(rows, row)
	}
	return rows
}

func main() {
	cases := [][2][]int{
		{nil, nil}, {nil, {1, 2}}, {{1, 2, 3}, {1, 2, 3}}, {{1, 2, 3}, {1, 2, 3, 4, 5}},
		{{3, 4, 5}, {1, 2, 3, 4, 5}}, {{1, 2, 4}, {1, 2, 3, 4, 5}}, {{1, 2, 3, 4, 5}, {2, 3}}, {{1, 3}, {1, 2, 3}},
	}
	for _, c := range cases {
		fmt.Printf("%v vs %v: %s\n", c[0], c[1], Sublist_(c[0], c[1]))
	}
	fmt.Println(Series(3, "49142"), Series(6, "4914"), len(Series(1, "")))
	for _, r := range Triangle(7) {
		fmt.Printf("%*s%v\n", 7-len(r), "", r)
	}
}
