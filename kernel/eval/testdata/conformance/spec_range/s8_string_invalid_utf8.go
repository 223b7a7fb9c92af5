package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "a\xffb\xe2\x82z€"
	for i, r := range s {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	fmt.Println(len(s), utf8.RuneCountInString(s), []rune(s))
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	bad := string([]byte{0xc0, 0x80})
	for _, r := range bad {
		fmt.Print(r == utf8.RuneError, " ")
	}
	fmt.Println(string([]rune(bad)) == "\uFFFD\uFFFD")
	fmt.Printf("%q %+q %x\n", s, "é", "é")
}
