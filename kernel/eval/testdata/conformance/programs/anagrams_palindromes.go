package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func key(w string) string {
	r := []rune(strings.ToLower(w))
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, unicode.ToLower(r))
		}
	}
	for i := 0; i < len(rs)/2; i++ {
		if rs[i] != rs[len(rs)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	words := []string{"listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"}
	groups := map[string][]string{}
	for _, w := range words {
		k := key(w)
		groups[k] = append(groups[k], w)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, groups[k], len(groups[k]))
	}
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", "", "ésé"} {
		fmt.Printf("%-32q %v\n", s, isPalindrome(s))
	}
}
