package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	const s = "สวัสดี"
	fmt.Println("Len:", len(s))
	fmt.Println("Rune count:", utf8.RuneCountInString(s))
	for i, w := 0, 0; i < len(s); i += w {
		runeValue, width := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%#U starts at %d\n", runeValue, i)
		w = width
	}
	fmt.Println(utf8.ValidString("a\xffb"), utf8.RuneLen('€'), utf8.UTFMax)
	buf := utf8.AppendRune(nil, '世')
	fmt.Println(buf, utf8.FullRune(buf[:2]))
	r, size := utf8.DecodeLastRuneInString("abc€")
	fmt.Println(string(r), size)
	fmt.Println(unicode.IsUpper('A'), unicode.IsLetter('1'), unicode.IsSpace('\t'), string(unicode.ToLower('Ä')), unicode.Is(unicode.Han, '世'))
}
