package main

import (
	"fmt"
	"strings"
)

func solve(n int) [][]int {
	var res [][]int
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	cur := make([]int, 0, n)
	var bt func(r int)
	bt = func(r int) {
		if r == n {
			res = append(res, append([]int(nil), cur...))
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			cur = append(cur, c)
			bt(r + 1)
			cur = cur[:len(cur)-1]
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
	}
	bt(0)
	return res
}

func board(sol []int) string {
	var sb strings.Builder
	for _, c := range sol {
		sb.WriteString(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", len(sol)-c-1))
		sb.WriteString("\n")
	}
	return sb.String()
}

func permutations(a []rune) []string {
	var out []string
	var rec func(k int)
	rec = func(k int) {
		if k == len(a) {
			out = append(out, string(a))
			return
		}
		seen := map[rune]bool{}
		for i := k; i < len(a); i++ {
			if seen[a[i]] {
				continue
			}
			seen[a[i]] = true
			a[k], a[i] = a[i], a[k]
			rec(k + 1)
			a[k], a[i] = a[i], a[k]
		}
	}
	rec(0)
	return out
}

func main() {
	for n := 1; n <= 8; n++ {
		fmt.Print(len(solve(n)), " ")
	}
	fmt.Println()
	s := solve(6)
	fmt.Print(board(s[0]))
	fmt.Println(s)
	fmt.Println(permutations([]rune("aab")), len(permutations([]rune("abcd"))))
}
