package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "héllo, 世界! 😀"
	fmt.Println(len(s), utf8.RuneCountInString(s), reverse(s))
	for i, r := range s {
		if r > 127 {
			fmt.Printf("%d:%c(%U,%d bytes) ", i, r, r, utf8.RuneLen(r))
		}
	}
	fmt.Println()
	b := []byte(s)
	fmt.Println(b[1], b[2], string(b[1:3]), string(b[1:2]) == "\xc3")
	r, size := utf8.DecodeRuneInString(s[1:])
	fmt.Println(r, size, string(r))
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Printf("%c %d\n", r, size)
	r, size = utf8.DecodeRune([]byte{0xff, 'a'})
	fmt.Println(r == utf8.RuneError, size)
	fmt.Println(utf8.ValidString("a\xc3"), utf8.FullRune([]byte{0xe4, 0xb8}))
	var x byte = 'A'
	var y rune = 'é'
	fmt.Println(string(rune(x)), string(y), string(rune(65+25)), x+1, y+1)
	fmt.Printf("%c %c %q %q %v\n", x+2, y-1, y, x, []byte("é"))
	n := 0x1F600
	fmt.Println(string(rune(n)), string(rune(-1)), string(rune(0x10FFFF+1)) == "\uFFFD")
	buf := utf8.AppendRune(nil, '世')
	fmt.Println(buf, utf8.RuneCount(buf))
	counts := map[string]int{}
	for _, r := range "Go 1.26 Ünïcode ДА!" {
		switch {
		case unicode.IsUpper(r):
			counts["upper"]++
		case unicode.IsLower(r):
			counts["lower"]++
		case unicode.IsDigit(r):
			counts["digit"]++
		case unicode.IsSpace(r):
			counts["space"]++
		case unicode.IsPunct(r):
			counts["punct"]++
		}
	}
	fmt.Println(counts)
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('Д', unicode.Cyrillic, unicode.Greek), unicode.IsLetter('_'))
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToLower('Σ')), string(unicode.ToTitle('ǆ')), unicode.SimpleFold('k'))
	rs := []rune{72, 105, 0x263A}
	fmt.Println(string(rs), len(string(rs)))
	bs := []byte{72, 105}
	fmt.Println(string(bs), fmt.Sprint(bs), fmt.Sprintf("%s|%x|%X|% x", bs, bs, "hi", "hi"))
}
