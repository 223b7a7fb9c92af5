package main

import (
	"fmt"
	"strings"
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
	s := "Hello, 世界! \xff\xfe ok"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	for i, r := range s {
		if r == utf8.RuneError {
			fmt.Printf("bad byte at %d (%x)\n", i, s[i])
		}
	}
	fmt.Println(reverse("héllo, 世界"))
	fmt.Printf("%q %+q %x % X\n", s[7:13], "世", "世", []byte("世"))
	bs := []byte(s)
	fmt.Println(len(bs), string(bs[7:10]), string(rune(bs[0])))
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[7:9]), rs[len(rs)-1])
	fmt.Println(strings.ToValidUTF8(s, "?"), strings.Map(func(r rune) rune {
		if r == utf8.RuneError {
			return -1
		}
		return r
	}, s))
	var sb strings.Builder
	for _, r := range []rune{0x41, 0x7FF, 0xFFFF, 0x10000, 0x10FFFF, 0x110000, -1, 0xD800} {
		sb.WriteRune(r)
	}
	fmt.Printf("%q %d\n", sb.String(), len(sb.String()))
	x := "abc"
	y := x[1:]
	z := x + y
	fmt.Println(z, x[len(x)-1:], x[:0] == "", string(x[0]+1))
	fmt.Println(strings.Compare("a", "ab"), "a" < "ab", "Z" < "a", "é" > "z", strings.EqualFold("é", "É"))
	for _, w := range strings.Fields("naïve café résumé") {
		fmt.Print(len(w), "/", utf8.RuneCountInString(w), " ")
	}
	fmt.Println()
}
