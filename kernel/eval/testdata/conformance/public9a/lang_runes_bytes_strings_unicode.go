package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Go언어 ñ 😀!"
	fmt.Println(len(s), utf8.RuneCountInString(s), []byte(s)[:4], []rune(s)[2])
	for i, r := range s {
		fmt.Printf("%d:%c(%U,%d) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	for i := 0; i < len(s) && i < 6; i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	bad := string([]byte{'a', 0xff, 'b', 0xe2, 0x82})
	for i, r := range bad {
		fmt.Print(i, ":", r == utf8.RuneError, " ")
	}
	fmt.Println(utf8.ValidString(bad), strings.ToValidUTF8(bad, "?"), []rune(bad))
	fmt.Println(string(rune(65)), string(rune(0x10FFFF+1)) == "\uFFFD", string([]rune{0x48, 0x49}))
	var counts [4]int
	for _, r := range "Hello, World 123 ÄÖÜ äöü ㄱ" {
		switch {
		case unicode.IsUpper(r):
			counts[0]++
		case unicode.IsLower(r):
			counts[1]++
		case unicode.IsDigit(r):
			counts[2]++
		case unicode.IsLetter(r):
			counts[3]++
		}
	}
	fmt.Println(counts)
	fmt.Println(strings.ToUpper("straße"), strings.ToLower("İSTANBUL"), strings.Title("hello world"), unicode.ToTitle('ǆ'), unicode.SimpleFold('K'))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gö", "GÖ"))
	b := make([]byte, 0, 8)
	b = utf8.AppendRune(b, '세')
	b = utf8.AppendRune(b, 'x')
	r, size := utf8.DecodeRune(b)
	lr, lsize := utf8.DecodeLastRune(b)
	fmt.Println(b, string(r), size, string(lr), lsize, utf8.FullRune(b[:2]))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		if unicode.Is(unicode.Hangul, r) {
			return '한'
		}
		return unicode.ToUpper(r)
	}, "a b 가나 c"))
	fmt.Printf("%q %+q %x %X % x\n", "héllo\n", "héllo", "hé", []byte("hé"), "hé")
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexByte("golang", 'l'), strings.IndexFunc("Hello, 世界", unicode.IsSpace), strings.LastIndexAny("golang", "go"))
	var sb strings.Builder
	for r := 'α'; r <= 'ε'; r++ {
		sb.WriteRune(r)
	}
	fmt.Println(sb.String(), sb.Len(), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(byte('A'+25), rune('a')-'A', 'x'-'a', "abc"[1], string("abc"[1]), fmt.Sprint('a'))
}
