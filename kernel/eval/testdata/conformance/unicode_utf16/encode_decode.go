package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	runes := []rune("a€𝄞")
	enc := utf16.Encode(runes)
	fmt.Printf("%#04x\n", enc)
	fmt.Println(string(utf16.Decode(enc)))
	r1, r2 := utf16.EncodeRune('𝄞')
	fmt.Printf("%#x %#x\n", r1, r2)
	fmt.Printf("%q\n", utf16.DecodeRune(r1, r2))
	fmt.Println(utf16.IsSurrogate(r1), utf16.IsSurrogate('a'))
	fmt.Println(utf16.AppendRune(nil, '€'), utf16.RuneLen('𝄞'), utf16.RuneLen('a'))
	fmt.Printf("%q\n", utf16.DecodeRune('a', 'b'))
}
