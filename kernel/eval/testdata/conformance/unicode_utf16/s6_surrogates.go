package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	runes := []rune("a€😀𝄞z")
	enc := utf16.Encode(runes)
	fmt.Printf("%04x\n", enc)
	fmt.Println(string(utf16.Decode(enc)))
	r1, r2 := utf16.EncodeRune('😀')
	fmt.Printf("%x %x %c\n", r1, r2, utf16.DecodeRune(r1, r2))
	fmt.Println(utf16.IsSurrogate(r1), utf16.IsSurrogate('a'))
	fmt.Printf("%x\n", utf16.DecodeRune('a', 'b'))
	fmt.Println(utf16.AppendRune(nil, '𝄞'), utf16.RuneLen('a'), utf16.RuneLen('𝄞'), utf16.RuneLen(-1))
	bad := []uint16{0xd800, 'x', 0xdc00}
	fmt.Printf("%q\n", string(utf16.Decode(bad)))
}
