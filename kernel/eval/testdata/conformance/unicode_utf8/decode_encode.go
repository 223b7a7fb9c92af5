package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	b := []byte("Hello, 世界")
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Printf("%c %v\n", r, size)
		b = b[size:]
	}
	str := "Hello, 世界"
	r, size := utf8.DecodeLastRuneInString(str)
	fmt.Printf("%c %v\n", r, size)
	buf := make([]byte, 3)
	n := utf8.EncodeRune(buf, '世')
	fmt.Println(buf, n)
	fmt.Println(utf8.AppendRune([]byte("init"), 'é'))
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('界'), utf8.RuneLen(-1))
	fmt.Println(utf8.RuneCountInString(str), len(str))
	fmt.Println(utf8.ValidString("a\xffb"), utf8.Valid([]byte("ok")), utf8.ValidRune(0xD800))
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.RuneStart(0xb8))
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	for i, c := range "a\xffé" {
		fmt.Println(i, c, string(c))
	}
}
