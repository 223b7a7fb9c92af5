package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

func classify(r rune) string {
	var cls []string
	checks := []struct {
		name string
		f    func(rune) bool
	}{
		{"letter", unicode.IsLetter}, {"upper", unicode.IsUpper}, {"lower", unicode.IsLower},
		{"digit", unicode.IsDigit}, {"number", unicode.IsNumber}, {"space", unicode.IsSpace},
		{"punct", unicode.IsPunct}, {"symbol", unicode.IsSymbol}, {"mark", unicode.IsMark},
		{"control", unicode.IsControl}, {"print", unicode.IsPrint}, {"graphic", unicode.IsGraphic},
	}
	for _, c := range checks {
		if c.f(r) {
			cls = append(cls, c.name)
		}
	}
	return strings.Join(cls, ",")
}

func main() {
	for _, r := range []rune{'a', 'Z', '5', '½', ' ', '\t', '!', '€', '\u0301', '\x07', 'ß', 'Σ', '世', '٣'} {
		fmt.Printf("%U %q %s\n", r, r, classify(r))
	}
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToLower('Σ')), string(unicode.ToTitle('ǆ')), string(unicode.SimpleFold('K')))
	fmt.Println(unicode.In('世', unicode.Han), unicode.Is(unicode.Greek, 'Σ'), unicode.In('a', unicode.Cyrillic, unicode.Latin))
	text := "Hello, Wörld! 123 — ok?"
	counts := map[string]int{}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			counts["letters"]++
		case unicode.IsDigit(r):
			counts["digits"]++
		case unicode.IsSpace(r):
			counts["spaces"]++
		default:
			counts["other"]++
		}
	}
	keys := make([]string, 0)
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", counts[k], " ")
	}
	fmt.Println()
	fmt.Println(len(text), utf8.RuneCountInString(text), utf8.ValidString(text), utf8.ValidString("a\xffb"))
	buf := utf8.AppendRune(nil, '€')
	r, n := utf8.DecodeRune(buf)
	lr, ln := utf8.DecodeLastRuneInString("añ")
	fmt.Println(buf, string(r), n, string(lr), ln, utf8.RuneLen('😀'), utf8.FullRune(buf[:2]))
	b := []byte("x😀y")
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Printf("%c:%d ", r, size)
		b = b[size:]
	}
	fmt.Println()
	fmt.Println(strings.ToValidUTF8("a\xff\xfeb", "?"), []rune("日本")[1] == '本', string(rune(65)), string(rune(-1)))
}
