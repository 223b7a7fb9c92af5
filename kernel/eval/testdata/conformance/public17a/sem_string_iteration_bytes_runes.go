package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func reverseRunes(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r > 127 {
			clean = append(clean, r)
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	s := "Hello, 世界! 👋"
	fmt.Println(len(s), utf8.RuneCountInString(s), reverseRunes(s))
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			fmt.Printf("%d:%x ", i, s[i])
		}
	}
	fmt.Println()
	fmt.Println(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("été"), isPalindrome("go"))
	b := []byte(s)
	fmt.Println(utf8.Valid(b[:8]), utf8.Valid(b[:9]), string(b[7:10]))
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size)
	fmt.Println(strings.IndexRune(s, '界'), strings.IndexByte(s, '!'), []byte("é"), string([]byte{0xe4, 0xb8, 0x96}))
	var sb strings.Builder
	for _, r := range "abc" {
		sb.WriteRune(r - 32)
	}
	fmt.Println(sb.String(), strings.ToTitle("ǆ"), strings.ToUpper("ß"))
}
