package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	inputs := []string{"héllo", "\xff\xfe", "a\xc3", "€uro", "\xed\xa0\x80", ""}
	for _, s := range inputs {
		fmt.Printf("%q valid=%v count=%d\n", s, utf8.ValidString(s), utf8.RuneCountInString(s))
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			fmt.Printf("  %d: %U %d\n", i, r, n)
			i += n
		}
	}
	var buf []byte
	for _, r := range []rune{'A', 'é', '世', '😀', 0x10FFFF + 1, -1} {
		buf = utf8.AppendRune(buf, r)
	}
	fmt.Println(buf, len(buf))
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
}
