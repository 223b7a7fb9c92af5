package main

import (
	"fmt"
	"sort"
	"strings"
)

func isAnagram(a, b string) bool {
	sa, sb := []rune(strings.ToLower(a)), []rune(strings.ToLower(b))
	sort.Slice(sa, func(i, j int) bool { return sa[i] < sa[j] })
	sort.Slice(sb, func(i, j int) bool { return sb[i] < sb[j] })
	return string(sa) == string(sb)
}

func longestCommonPrefix(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	p := ss[0]
	for _, s := range ss[1:] {
		for !strings.HasPrefix(s, p) {
			p = p[:len(p)-1]
		}
	}
	return p
}

func kmpSearch(text, pat string) []int {
	fail := make([]int, len(pat))
	for i, k := 1, 0; i < len(pat); i++ {
		for k > 0 && pat[i] != pat[k] {
			k = fail[k-1]
		}
		if pat[i] == pat[k] {
			k++
		}
		fail[i] = k
	}
	var res []int
	for i, k := 0, 0; i < len(text); i++ {
		for k > 0 && text[i] != pat[k] {
			k = fail[k-1]
		}
		if text[i] == pat[k] {
			k++
		}
		if k == len(pat) {
			res = append(res, i-k+1)
			k = fail[k-1]
		}
	}
	return res
}

func rle(s string) string {
	var sb strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		fmt.Fprintf(&sb, "%d%c", j-i, rs[i])
		i = j
	}
	return sb.String()
}

func unrle(s string) string {
	var sb strings.Builder
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n = n*10 + int(r-'0')
			continue
		}
		sb.WriteString(strings.Repeat(string(r), n))
		n = 0
	}
	return sb.String()
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k)+26)%26
		}
		return r
	}, s)
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
	fmt.Println(isAnagram("Listen", "Silent"), isAnagram("abc", "abd"), isAnagram("Dormitory", "dirtyroom"))
	fmt.Printf("%q %q\n", longestCommonPrefix([]string{"interspecies", "interstellar", "interstate"}), longestCommonPrefix([]string{"a", "b"}))
	fmt.Println(kmpSearch("abababcabababcab", "ababc"), kmpSearch("aaaa", "aa"), kmpSearch("abc", "d"))
	e := rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
	fmt.Println(e, unrle(e) == "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", rle("ääab"))
	c := caesar("The Quick Brown Fox!", 13)
	fmt.Println(c, caesar(c, -13))
	fmt.Println(longestPalSubstring("forgeeksskeegfor"), longestPalSubstring("abacdfgdcaba"), longestPalSubstring("x"))
	groups := map[string][]string{}
	for _, w := range strings.Fields("eat tea tan ate nat bat") {
		k := []rune(w)
		sort.Slice(k, func(i, j int) bool { return k[i] < k[j] })
		groups[string(k)] = append(groups[string(k)], w)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(groups[k], " ")
	}
	fmt.Println()
}
