package main

import (
	"fmt"
	"sort"
	"strings"
)

func permutations(s []rune) []string {
	var out []string
	var rec func(k int)
	rec = func(k int) {
		if k == len(s) {
			out = append(out, string(s))
			return
		}
		seen := map[rune]bool{}
		for i := k; i < len(s); i++ {
			if seen[s[i]] {
				continue
			}
			seen[s[i]] = true
			s[k], s[i] = s[i], s[k]
			rec(k + 1)
			s[k], s[i] = s[i], s[k]
		}
	}
	rec(0)
	sort.Strings(out)
	return out
}

func subsetsSum(nums []int, target int) [][]int {
	var out [][]int
	var cur []int
	var rec func(i, sum int)
	rec = func(i, sum int) {
		if sum == target {
			out = append(out, append([]int(nil), cur...))
		}
		for j := i; j < len(nums); j++ {
			if j > i && nums[j] == nums[j-1] {
				continue
			}
			if sum+nums[j] > target {
				break
			}
			cur = append(cur, nums[j])
			rec(j+1, sum+nums[j])
			cur = cur[:len(cur)-1]
		}
	}
	sort.Ints(nums)
	rec(0, 0)
	return out
}

func nQueens(n int) (count int, first []string) {
	cols := make([]int, n)
	var place func(r int)
	place = func(r int) {
		if r == n {
			count++
			if first == nil {
				for _, c := range cols {
					first = append(first, strings.Repeat(".", c)+"Q"+strings.Repeat(".", n-c-1))
				}
			}
			return
		}
	next:
		for c := 0; c < n; c++ {
			for pr := 0; pr < r; pr++ {
				pc := cols[pr]
				if pc == c || pc-c == pr-r || pc-c == r-pr {
					continue next
				}
			}
			cols[r] = c
			place(r + 1)
		}
	}
	place(0)
	return
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+to)
	hanoi(n-1, via, to, from, moves)
}

func main() {
	fmt.Println(permutations([]rune("aab")), len(permutations([]rune("abcd"))))
	fmt.Println(subsetsSum([]int{10, 1, 2, 7, 6, 1, 5}, 8))
	c, board := nQueens(6)
	fmt.Println(c, board)
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), strings.Join(moves[:7], " "))
}
