package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func key(s string) string {
	r := []rune(strings.ToLower(s))
	slices.Sort(r)
	return string(r)
}

func isAnagram(a, b string) bool {
	var counts [26]int
	for _, c := range a {
		counts[c-'a']++
	}
	for _, c := range b {
		counts[c-'a']--
	}
	return counts == [26]int{}
}

func findAnagrams(s, p string) []int {
	var need, have [26]int
	for i := range len(p) {
		need[p[i]-'a']++
	}
	var res []int
	for i := range len(s) {
		have[s[i]-'a']++
		if i >= len(p) {
			have[s[i-len(p)]-'a']--
		}
		if have == need {
			res = append(res, i-len(p)+1)
		}
	}
	return res
}

func main() {
	words := []string{"eat", "tea", "tan", "ate", "nat", "bat", "Listen", "Silent", "enlist"}
	groups := map[string][]string{}
	for _, w := range words {
		k := key(w)
		groups[k] = append(groups[k], w)
	}
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		fmt.Println(k, groups[k])
	}
	fmt.Println(isAnagram("anagram", "nagaram"), isAnagram("rat", "car"))
	fmt.Println(findAnagrams("cbaebabacd", "abc"), findAnagrams("abab", "ab"))
}
