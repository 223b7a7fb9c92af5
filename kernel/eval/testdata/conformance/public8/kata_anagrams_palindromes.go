package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
)

func normalize(s string) []rune {
	var out []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, r)
		}
	}
	return out
}

func isPalindrome(s string) bool {
	rs := normalize(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func signature(w string) string {
	rs := normalize(w)
	slices.Sort(rs)
	return string(rs)
}

func longestPalSubstring(s string) string {
	best := ""
	for c := 0; c < len(s); c++ {
		for _, odd := range []int{0, 1} {
			l, r := c, c+odd
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
	for _, s := range []string{"A man, a plan, a canal: Panama", "race a car", "Was it a car or a cat I saw?", "", "Ésope reste ici et se repose"} {
		fmt.Printf("%-32q %v\n", s, isPalindrome(s))
	}
	words := []string{"listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "Inlets"}
	groups := map[string][]string{}
	for _, w := range words {
		sig := signature(w)
		groups[sig] = append(groups[sig], w)
	}
	var keys []string
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(groups[keys[i]]) != len(groups[keys[j]]) {
			return len(groups[keys[i]]) > len(groups[keys[j]])
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Println(k, groups[k])
	}
	for _, s := range []string{"babad", "cbbd", "forgeeksskeegfor", "x"} {
		fmt.Println(s, "->", longestPalSubstring(s))
	}
}
