package main

import (
	"fmt"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

func main() {
	s := "a\xffé\xe2\x82世\U0001F600"
	for i, r := range s {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	b := []byte(s)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		fmt.Printf("%q/%d ", r, n)
		b = b[n:]
	}
	fmt.Println()
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%x/%d ", r, n)
		s = s[:len(s)-n]
	}
	fmt.Println()
	fmt.Println(utf8.RuneLen('é'), utf8.RuneLen(-1), utf8.RuneLen(0xD800), utf8.ValidRune(0xD800), utf8.ValidString("a\xc0\x80"), utf8.FullRune([]byte{0xe4, 0xb8}))
	fmt.Println(utf8.AppendRune([]byte("x"), '世'), utf8.RuneCountInString("a\xff\xfe"), utf8.RuneStart(0x80))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, 0x110000)
	fmt.Println(buf[:n], string(rune(0x110000)) == "\uFFFD", string(rune(-5)))
	u := utf16.Encode([]rune("a😀é"))
	fmt.Println(u, string(utf16.Decode(u)), utf16.IsSurrogate(0xdc00), utf16.RuneLen('😀'), utf16.RuneLen(0xD800))
	r1, r2 := utf16.EncodeRune('😀')
	fmt.Printf("%x %x %x %x\n", r1, r2, utf16.DecodeRune(r1, r2), utf16.DecodeRune('a', 'b'))
	fmt.Println(utf16.AppendRune(nil, 0x10000), utf16.Decode([]uint16{0xd800, 'x'}))
	for _, r := range []rune{'A', 'z', '5', '٣', ' ', '\t', '_', '!', 'ǅ', 'ß', 'Ⅻ', '\u0300', '中'} {
		fmt.Printf("%c L%v U%v l%v T%v D%v N%v S%v P%v M%v G%v C%v up=%c low=%c title=%c\n", r,
			unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsDigit(r),
			unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsMark(r), unicode.IsGraphic(r),
			unicode.IsControl(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	fmt.Println(unicode.Is(unicode.Han, '中'), unicode.In('α', unicode.Latin, unicode.Greek), unicode.IsOneOf([]*unicode.RangeTable{unicode.Cyrillic}, 'ж'))
	fmt.Printf("%c %c %c\n", unicode.SimpleFold('A'), unicode.SimpleFold('k'), unicode.SimpleFold('\u212a'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.Version != "")
}
