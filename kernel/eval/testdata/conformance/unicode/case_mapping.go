package main

import (
	"fmt"
	"unicode"
)

func main() {
	const lcG = 'g'
	fmt.Printf("%#U\n", unicode.To(unicode.UpperCase, lcG))
	fmt.Printf("%#U\n", unicode.To(unicode.TitleCase, lcG))
	fmt.Printf("%#U\n", unicode.ToUpper('ǆ'))
	fmt.Printf("%#U\n", unicode.ToTitle('ǆ'))
	fmt.Printf("%#U\n", unicode.ToLower('Σ'))
	fmt.Printf("%#U\n", unicode.SimpleFold('A'))
	fmt.Printf("%#U\n", unicode.SimpleFold('K'))
	fmt.Printf("%#U\n", unicode.TurkishCase.ToUpper('i'))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('λ', unicode.Greek, unicode.Latin), unicode.IsOneOf([]*unicode.RangeTable{unicode.Cyrillic}, 'z'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar == '\uFFFD', unicode.Version != "")
}
