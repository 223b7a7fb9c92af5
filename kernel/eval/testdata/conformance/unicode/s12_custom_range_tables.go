package main

import (
	"fmt"
	"strings"
	"unicode"
)

// Vowels is a RangeTable made in the notebook.
var Vowels = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 'A', Hi: 'A', Stride: 1}, {Lo: 'E', Hi: 'E', Stride: 1}, {Lo: 'I', Hi: 'I', Stride: 1},
		{Lo: 'O', Hi: 'O', Stride: 1}, {Lo: 'U', Hi: 'U', Stride: 1},
		{Lo: 'a', Hi: 'a', Stride: 1}, {Lo: 'e', Hi: 'e', Stride: 1}, {Lo: 'i', Hi: 'i', Stride: 1},
		{Lo: 'o', Hi: 'o', Stride: 1}, {Lo: 'u', Hi: 'u', Stride: 1},
	},
}

// EvenDigits uses a stride.
var EvenDigits = &unicode.RangeTable{R16: []unicode.Range16{{Lo: '0', Hi: '8', Stride: 2}}, LatinOffset: 1}

type Classifier map[string]*unicode.RangeTable

func (c Classifier) Classify(r rune) []string {
	var out []string
	for _, name := range []string{"vowel", "even", "greek", "han"} {
		if t, ok := c[name]; ok && unicode.Is(t, r) {
			out = append(out, name)
		}
	}
	return out
}

func main() {
	c := Classifier{"vowel": Vowels, "even": EvenDigits, "greek": unicode.Greek, "han": unicode.Han}
	for _, r := range "aZ4 7ω字E" {
		fmt.Printf("%q:%v ", r, c.Classify(r))
	}
	fmt.Println()
	count := strings.IndexFunc("xyzzy-o", func(r rune) bool { return unicode.Is(Vowels, r) })
	fmt.Println(count, unicode.In('e', Vowels, EvenDigits), unicode.IsOneOf([]*unicode.RangeTable{EvenDigits}, '6'))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.Is(Vowels, r) {
			return '*'
		}
		return r
	}, "Education is key"))
	sc := unicode.SpecialCase{unicode.CaseRange{Lo: 'a', Hi: 'a', Delta: [unicode.MaxCase]rune{'A' - 'a' + 1, 0, 0}}}
	fmt.Println(string(sc.ToUpper('a')), string(sc.ToUpper('b')))
}
