package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

func wordsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '\''
	})
}

func titleCase(s string) string {
	prev := ' '
	return strings.Map(func(r rune) rune {
		defer func() { prev = r }()
		if unicode.IsSpace(prev) || prev == '-' {
			return unicode.ToTitle(r)
		}
		return unicode.ToLower(r)
	}, s)
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func main() {
	text := "Ça va? Naïve café-owners don't say «żółć»; they say: 42 times, ΣΊΣΥΦΟΣ!"
	ws := wordsOf(text)
	fmt.Println(len(ws), ws)
	fmt.Println(titleCase("hello wORLD-wide éCOLE"))
	for _, s := range []string{"A man, a plan, a canal: Panama", "Ésope reste ici et se repose", "not one"} {
		fmt.Println(isPalindrome(s))
	}
	freq := map[string]int{}
	for _, w := range ws {
		freq[strings.ToLower(w)]++
	}
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	u := utf16.Encode([]rune("a😀é"))
	fmt.Println(u, string(utf16.Decode(u)), utf16.IsSurrogate(rune(u[1])))
	s := "e\u0301 vs é"
	fmt.Println(len(s), utf8.RuneCountInString(s), []rune(s)[1] == '\u0301', unicode.Is(unicode.Mn, '\u0301'))
	var sb strings.Builder
	for _, r := range "Hello, 世界" {
		switch {
		case r < 128:
			sb.WriteByte(byte(r))
		default:
			fmt.Fprintf(&sb, "\\u%04X", r)
		}
	}
	fmt.Println(sb.String())
	fmt.Println(strings.ToUpper("ǳ ﬁ"), strings.ToLower("İ"), len(strings.ToLower("İ")))
	fmt.Println(unicode.IsControl('\t'), unicode.IsPrint('\t'), unicode.IsGraphic('\u00a0'), unicode.IsSymbol('€'), unicode.IsMark('\u0301'))
}
