package main

import (
	"fmt"
	"unicode/utf8"
)

func examineRune(r rune) {
	switch {
	case r == 't':
		fmt.Println("found tee")
	case r == 'ส':
		fmt.Println("found so sua")
	}
}

func main() {
	const s = "สวัสดี"
	fmt.Println("Len:", len(s))
	for i := 0; i < 6; i++ {
		fmt.Printf("%x ", s[i])
	}
	fmt.Println()
	fmt.Println("Rune count:", utf8.RuneCountInString(s))
	for idx, runeValue := range s {
		fmt.Printf("%#U starts at %d\n", runeValue, idx)
	}
	for i, w := 0, 0; i < len(s); i += w {
		runeValue, width := utf8.DecodeRuneInString(s[i:])
		w = width
		examineRune(runeValue)
	}
	bad := "a\xffb\xc0"
	for i, r := range bad {
		fmt.Print(i, ":", r == utf8.RuneError, " ")
	}
	fmt.Println(utf8.ValidString(bad), []rune(bad))
	buf := utf8.AppendRune(nil, '世')
	fmt.Println(buf, utf8.RuneLen('世'), utf8.FullRune(buf[:2]))
}
