package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func firstN(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

func firstNRunes(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "hêllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)))
	fmt.Printf("%q %q\n", firstN(s, 2), firstNRunes(s, 2))
	fmt.Println(utf8.ValidString(firstN(s, 2)), utf8.ValidString(firstNRunes(s, 8)))
	fmt.Printf("%q\n", reverseBytes("abc"))
	fmt.Printf("%q %v\n", reverseBytes(s), utf8.ValidString(reverseBytes(s)))
	fmt.Println(reverseRunes(s))
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, r := range s {
		fmt.Printf("%d%c ", i, r)
	}
	fmt.Println()
	fmt.Printf("%c %v %T\n", s[1], s[1], s[1])
	fmt.Println(strings.TrimRight("oxo123oxo", "xo"), strings.TrimSuffix("oxo123oxo", "xo"))
	fmt.Println(strings.TrimLeft("aaabbb", "ab"), strings.TrimPrefix("aaabbb", "ab"))
	big := strings.Repeat("x", 1<<16)
	small := strings.Clone(big[:5])
	fmt.Println(len(small), small)
	var sb strings.Builder
	sb.Grow(64)
	for i := 0; i < 10; i++ {
		sb.WriteString("ab")
	}
	fmt.Println(sb.Len(), sb.Cap() >= 20)
	concat := ""
	for i := 0; i < 5; i++ {
		concat += fmt.Sprint(i)
	}
	fmt.Println(concat)
	b := []byte("hello")
	fmt.Println(strings.ToUpper(string(b)), string(b[1:3]))
	cmp := "Hello"
	fmt.Println(strings.EqualFold(cmp, "hELLO"), strings.ToLower(cmp) == "hello")
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts['s'], counts['i'], counts['p'], counts['m'], len(counts))
	bytesCount := [256]int{}
	for i := 0; i < len(s); i++ {
		bytesCount[s[i]]++
	}
	fmt.Println(bytesCount['l'], bytesCount[0xe4])
	fmt.Println(string(s[1]), string([]byte{s[1], s[2]}), s[1:3])
	fmt.Println(strings.Count(s, ""), utf8.RuneCountInString(s)+1)
}
