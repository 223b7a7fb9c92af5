package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos] + "…"
		}
		i++
	}
	return s
}

func categories(s string) map[string]int {
	m := map[string]int{}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Hangul, r):
			m["hangul"]++
		case unicode.Is(unicode.Han, r):
			m["han"]++
		case unicode.IsUpper(r):
			m["upper"]++
		case unicode.IsLower(r):
			m["lower"]++
		case unicode.IsDigit(r):
			m["digit"]++
		case unicode.IsSpace(r):
			m["space"]++
		case unicode.IsPunct(r):
			m["punct"]++
		default:
			m["other"]++
		}
	}
	return m
}

func main() {
	s := "Hello, 세계! 漢字 123 😀"
	fmt.Println(len(s), utf8.RuneCountInString(s), reverse(s))
	fmt.Println(truncate(s, 9), truncate("short", 10))
	c := categories(s)
	for _, k := range []string{"upper", "lower", "hangul", "han", "digit", "space", "punct", "other"} {
		fmt.Printf("%s=%d ", k, c[k])
	}
	fmt.Println()
	for i, r := range "a한😀" {
		fmt.Printf("%d:%c(%d bytes, %U) ", i, r, utf8.RuneLen(r), r)
	}
	fmt.Println()
	bad := "ok\xffno\xc3"
	fmt.Println(utf8.ValidString(bad), []rune(bad), strings.ToValidUTF8(bad, "?"))
	for i, r := range bad {
		if r == utf8.RuneError {
			fmt.Print("err@", i, " ")
		}
	}
	fmt.Println()
	b := utf8.AppendRune(nil, '한')
	r, size := utf8.DecodeRune(b)
	lr, lsize := utf8.DecodeLastRuneInString("abc한")
	fmt.Println(b, string(r), size, string(lr), lsize, utf8.FullRune(b[:2]))
	fmt.Println(strings.ToUpper("ǆemal straße"), strings.ToTitle("ǆ"), unicode.SimpleFold('K'), strings.EqualFold("Straße", "STRASSE"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a1b2c3한4"))
	caesar := func(s string, k int) string {
		return strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' {
				return 'a' + (r-'a'+rune(k)+26)%26
			}
			return r
		}, s)
	}
	fmt.Println(caesar("hello, world", 3), caesar(caesar("hello, world", 3), -3))
}
