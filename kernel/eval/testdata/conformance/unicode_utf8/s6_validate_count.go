package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Stats struct {
	Bytes, Runes, Letters, Upper, Digits, Spaces, Invalid int
}

func analyse(s string) Stats {
	st := Stats{Bytes: len(s)}
	for i, w := 0, 0; i < len(s); i += w {
		r, width := utf8.DecodeRuneInString(s[i:])
		w = width
		st.Runes++
		switch {
		case r == utf8.RuneError && width == 1:
			st.Invalid++
		case unicode.IsUpper(r):
			st.Upper++
			st.Letters++
		case unicode.IsLetter(r):
			st.Letters++
		case unicode.IsDigit(r):
			st.Digits++
		case unicode.IsSpace(r):
			st.Spaces++
		}
	}
	return st
}

func main() {
	for _, s := range []string{"Hello, World 42", "Ünïcödé ŽŸ 9", "日本語 テキスト", "bad\xffbytes\xfe", strings.Repeat("é", 3)} {
		fmt.Printf("%+v\n", analyse(s))
	}
	fmt.Println(unicode.In('ж', unicode.Cyrillic, unicode.Latin), unicode.Is(unicode.Han, '語'), unicode.IsPunct('!'), unicode.SimpleFold('A'), unicode.ToTitle('ǆ'))
}
