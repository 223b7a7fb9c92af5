package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func encode(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if j-i > 1 {
			b.WriteString(strconv.Itoa(j - i))
		}
		b.WriteRune(rs[i])
		i = j
	}
	return b.String()
}

func decode(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n = n*10 + int(r-'0')
			continue
		}
		b.WriteString(strings.Repeat(string(r), max(n, 1)))
		n = 0
	}
	return b.String()
}

func lengthOfLongestSubstring(s string) (int, string) {
	last := map[rune]int{}
	best, bestStart, start := 0, 0, 0
	rs := []rune(s)
	for i, r := range rs {
		if j, ok := last[r]; ok && j >= start {
			start = j + 1
		}
		last[r] = i
		if i-start+1 > best {
			best, bestStart = i-start+1, start
		}
	}
	return best, string(rs[bestStart : bestStart+best])
}

func reverseWords(s string) string {
	f := strings.Fields(s)
	for i, j := 0, len(f)-1; i < j; i, j = i+1, j-1 {
		f[i], f[j] = f[j], f[i]
	}
	return strings.Join(f, " ")
}

func main() {
	for _, s := range []string{"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aaa", "ééé日日"} {
		e := encode(s)
		fmt.Println(e, decode(e) == s)
	}
	fmt.Println(lengthOfLongestSubstring("abcabcbb"))
	fmt.Println(lengthOfLongestSubstring("pwwkew"))
	fmt.Println(lengthOfLongestSubstring(""))
	fmt.Printf("%q\n", reverseWords("  the sky  is blue "))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a b\tc"))
}
