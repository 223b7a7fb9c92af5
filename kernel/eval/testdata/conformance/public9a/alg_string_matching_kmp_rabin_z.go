package main

import (
	"fmt"
	"strings"
)

func prefixFunc(p string) []int {
	pi := make([]int, len(p))
	for i, k := 1, 0; i < len(p); i++ {
		for k > 0 && p[i] != p[k] {
			k = pi[k-1]
		}
		if p[i] == p[k] {
			k++
		}
		pi[i] = k
	}
	return pi
}

func kmp(text, pat string) []int {
	if pat == "" {
		return nil
	}
	pi := prefixFunc(pat)
	var res []int
	for i, k := 0, 0; i < len(text); i++ {
		for k > 0 && text[i] != pat[k] {
			k = pi[k-1]
		}
		if text[i] == pat[k] {
			k++
		}
		if k == len(pat) {
			res = append(res, i-k+1)
			k = pi[k-1]
		}
	}
	return res
}

func rabinKarp(text, pat string) []int {
	const base, mod = 256, 1_000_000_007
	n, m := len(text), len(pat)
	if m > n {
		return nil
	}
	var hp, ht, pow uint64 = 0, 0, 1
	for i := 0; i < m; i++ {
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
		if i+m >= n {
			break
		}
		ht = (ht + mod - uint64(text[i])*pow%mod) % mod
		ht = (ht*base + uint64(text[i+m])) % mod
	}
	return res
}

func zfunc(s string) []int {
	z := make([]int, len(s))
	for i, l, r := 1, 0, 0; i < len(s); i++ {
		if i < r {
			z[i] = min(r-i, z[i-l])
		}
		for i+z[i] < len(s) && s[z[i]] == s[i+z[i]] {
			z[i]++
		}
		if i+z[i] > r {
			l, r = i, i+z[i]
		}
	}
	return z
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

func main() {
	text := "abracadabra abracadabra cadabra"
	for _, p := range []string{"abra", "cad", "a", "zzz", "abracadabra c"} {
		k, r, nv := kmp(text, p), rabinKarp(text, p), naive(text, p)
		fmt.Printf("%-14q %v %v %v\n", p, k, fmt.Sprint(k) == fmt.Sprint(r), fmt.Sprint(r) == fmt.Sprint(nv))
	}
	fmt.Println(prefixFunc("aabaaab"), zfunc("aabcaabxaaaz"))
	s := "abcabcabcabc"
	pi := prefixFunc(s)
	period := len(s) - pi[len(s)-1]
	fmt.Println("period", period, s[:period], len(s)%period == 0)
	pat, txt := "ana", "bananarama"
	z := zfunc(pat + "$" + txt)
	var hits []int
	for i, v := range z[len(pat)+1:] {
		if v == len(pat) {
			hits = append(hits, i)
		}
	}
	fmt.Println(hits, strings.Count(txt, pat), strings.Index(txt, pat), strings.LastIndex(txt, pat))
}
