package main

import (
	"fmt"
	"strings"
)

func horspool(text, pat string) []int {
	m := len(pat)
	if m == 0 || m > len(text) {
		return nil
	}
	var shift [256]int
	for i := range shift {
		shift[i] = m
	}
	for i := range m - 1 {
		shift[pat[i]] = m - 1 - i
	}
	var res []int
	for i := 0; i <= len(text)-m; i += shift[text[i+m-1]] {
		if text[i:i+m] == pat {
			res = append(res, i)
		}
	}
	return res
}

func naive(text, pat string) []int {
	var res []int
	for i := 0; i+len(pat) <= len(text); i++ {
		if strings.HasPrefix(text[i:], pat) {
			res = append(res, i)
		}
	}
	return res
}

func longestCommonPrefix(words []string) string {
	if len(words) == 0 {
		return ""
	}
	p := words[0]
	for _, w := range words[1:] {
		for !strings.HasPrefix(w, p) {
			p = p[:len(p)-1]
		}
	}
	return p
}

func isRotation(a, b string) bool {
	return len(a) == len(b) && strings.Contains(a+a, b)
}

func main() {
	text := strings.Repeat("abracadabra ", 50)
	for _, p := range []string{"abra", "cad", "zzz", "a ab"} {
		h, n := horspool(text, p), naive(text, p)
		fmt.Println(p, len(h), len(n), fmt.Sprint(h) == fmt.Sprint(n))
	}
	fmt.Println(horspool("GCATCGCAGAGAGTATACAGTACG", "GCAGAGAG"))
	fmt.Println(longestCommonPrefix([]string{"flower", "flow", "flight"}), longestCommonPrefix([]string{"dog", "car"}) == "")
	fmt.Println(isRotation("waterbottle", "erbottlewat"), isRotation("abc", "acb"))
}
