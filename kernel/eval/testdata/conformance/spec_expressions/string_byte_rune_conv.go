package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r), utf8.RuneCountInString(s))
	fmt.Println(string(b[1:3]), string(r[1]), string(r[7:]))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	fmt.Printf("%q\n", string([]rune{0x10FFFF + 1}))
	fmt.Printf("% x\n", s[:3])
	fmt.Printf("%c %c %v\n", s[0], r[1], s[1])
	b[0] = 'H'
	fmt.Println(string(b), s)
	var bs []byte
	fmt.Printf("%q\n", string(bs))
	type MyBytes []byte
	type MyRunes []rune
	fmt.Println(string(MyBytes("ab")), string(MyRunes{'c', 'd'}))
	rev := func(s string) string {
		rs := []rune(s)
		for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
			rs[i], rs[j] = rs[j], rs[i]
		}
		return string(rs)
	}
	fmt.Println(rev(s))
}
