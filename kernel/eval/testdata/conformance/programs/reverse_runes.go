package main

import (
	"fmt"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func main() {
	for _, s := range []string{"hello", "Hello, 世界", "", "a", "añb"} {
		r := reverse(s)
		fmt.Printf("%q -> %q len=%d runes=%d valid=%v\n", s, r, len(s), utf8.RuneCountInString(s), utf8.ValidString(reverseBytes(s)))
	}
	for i, c := range "aé世" {
		fmt.Println(i, c, string(c), utf8.RuneLen(c))
	}
	fmt.Println(reverseBytes("añb") == "b\xb1\xc3a", []byte("é"))
	fmt.Printf("%q %+q %x % x\n", reverseBytes("é"), "é", "é", "é")
}
