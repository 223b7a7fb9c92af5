package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "a\xffb\xe2\x82c€\xf0\x9f"
	for i, r := range s {
		fmt.Printf("%d:%U:%q ", i, r, r)
	}
	fmt.Println()
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)))
	fmt.Println(utf8.ValidString(s), []byte(string([]rune(s)))[:4])
	fmt.Printf("%q\n", string([]rune(s)))
	fmt.Println(string(rune(-1)) == "\uFFFD", string(rune(0x10FFFF+1)) == "\uFFFD")
	var r rune = 0xD800
	fmt.Printf("%q %x\n", string(r), string(r))
}
