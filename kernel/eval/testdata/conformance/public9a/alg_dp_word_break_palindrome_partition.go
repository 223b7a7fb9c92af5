package main

import (
	"fmt"
	"sort"
	"strings"
)

func wordBreak(s string, dict []string) []string {
	words := map[string]bool{}
	for _, w := range dict {
		words[w] = true
	}
	memo := map[int][]string{}
	var rec func(i int) []string
	rec = func(i int) []string {
		if i == len(s) {
			return []string{""}
		}
		if r, ok := memo[i]; ok {
			return r
		}
		var out []string
		for j := i + 1; j <= len(s); j++ {
			if words[s[i:j]] {
				for _, rest := range rec(j) {
					if rest == "" {
						out = append(out, s[i:j])
					} else {
						out = append(out, s[i:j]+" "+rest)
					}
				}
			}
		}
		memo[i] = out
		return out
	}
	res := rec(0)
	sort.Strings(res)
	return res
}

func minPalCuts(s string) (int, []string) {
	n := len(s)
	pal := make([][]bool, n)
	for i := range pal {
		pal[i] = make([]bool, n)
	}
	for l := 1; l <= n; l++ {
		for i := 0; i+l <= n; i++ {
			j := i + l - 1
			pal[i][j] = s[i] == s[j] && (l <= 2 || pal[i+1][j-1])
		}
	}
	cuts := make([]int, n+1)
	prev := make([]int, n+1)
	cuts[0] = -1
	for j := 1; j <= n; j++ {
		cuts[j] = j
		for i := 0; i < j; i++ {
			if pal[i][j-1] && cuts[i]+1 < cuts[j] {
				cuts[j], prev[j] = cuts[i]+1, i
			}
		}
	}
	var parts []string
	for j := n; j > 0; j = prev[j] {
		parts = append([]string{s[prev[j]:j]}, parts...)
	}
	return cuts[n], parts
}

func lps(s string) string {
	best := ""
	for c := 0; c < len(s); c++ {
		for _, w := range [2]int{0, 1} {
			l, r := c, c+w
			for l >= 0 && r < len(s) && s[l] == s[r] {
				l--
				r++
			}
			if r-l-1 > len(best) {
				best = s[l+1 : r]
			}
		}
	}
	return best
}

func main() {
	fmt.Println(strings.Join(wordBreak("catsanddog", []string{"cat", "cats", "and", "sand", "dog"}), " | "))
	fmt.Println(strings.Join(wordBreak("pineapplepenapple", []string{"apple", "pen", "applepen", "pine", "pineapple"}), " | "))
	fmt.Println(len(wordBreak("catsandog", []string{"cats", "dog", "sand", "and", "cat"})))
	for _, s := range []string{"aab", "racecarannakayak", "abcde", "a"} {
		n, parts := minPalCuts(s)
		fmt.Println(s, n, parts, lps(s))
	}
}
