package main

import "fmt"

func prefixFunction(p string) []int {
	pi := make([]int, len(p))
	k := 0
	for i := 1; i < len(p); i++ {
		for k > 0 && p[k] != p[i] {
			k = pi[k-1]
		}
		if p[k] == p[i] {
			k++
		}
		pi[i] = k
	}
	return pi
}

func KMP(text, pat string) []int {
	if pat == "" {
		return nil
	}
	pi := prefixFunction(pat)
	var res []int
	k := 0
	for i := 0; i < len(text); i++ {
		for k > 0 && pat[k] != text[i] {
			k = pi[k-1]
		}
		if pat[k] == text[i] {
			k++
		}
		if k == len(pat) {
			res = append(res, i-len(pat)+1)
			k = pi[k-1]
		}
	}
	return res
}

func ZArray(s string) []int {
	n := len(s)
	z := make([]int, n)
	l, r := 0, 0
	for i := 1; i < n; i++ {
		if i < r {
			z[i] = min(r-i, z[i-l])
		}
		for i+z[i] < n && s[z[i]] == s[i+z[i]] {
			z[i]++
		}
		if i+z[i] > r {
			l, r = i, i+z[i]
		}
	}
	return z
}

func RabinKarp(text, pat string) []int {
	const base, mod = 256, 1_000_000_007
	m := len(pat)
	if m > len(text) {
		return nil
	}
	var hp, ht, pow uint64 = 0, 0, 1
	for i := range m {
		hp = (hp*base + uint64(pat[i])) % mod
		ht = (ht*base + uint64(text[i])) % mod
		if i > 0 {
			pow = pow * base % mod
		}
	}
	var res []int
	for i := 0; ; i++ {
		if hp == ht && text[i:i+m] == pat {
			res = append(res, i)
		}
		if i+m >= len(text) {
			break
		}
		ht = (ht + mod - uint64(text[i])*pow%mod) % mod
		ht = (ht*base + uint64(text[i+m])) % mod
	}
	return res
}

func main() {
	fmt.Println(prefixFunction("ababcabab"))
	fmt.Println(KMP("abababcababab", "abab"))
	fmt.Println(KMP("aaaaa", "aa"), KMP("abc", "d"))
	fmt.Println(ZArray("aabxaabxcaabxaabxay"))
	fmt.Println(RabinKarp("the cat sat on the mat with the hat", "the"))
	fmt.Println(RabinKarp("ab", "abc"))
}
