package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Class struct {
	Name string
	Test func(rune) bool
}

type Histogram map[string]int

func (h Histogram) Add(name string) { h[name]++ }

func main() {
	classes := []Class{
		{"letter", unicode.IsLetter},
		{"digit", unicode.IsDigit},
		{"space", unicode.IsSpace},
		{"punct", unicode.IsPunct},
		{"symbol", unicode.IsSymbol},
		{"hangul", func(r rune) bool { return unicode.Is(unicode.Hangul, r) }},
		{"greek", func(r rune) bool { return unicode.In(r, unicode.Greek) }},
	}
	h := Histogram{}
	for _, r := range "Hello, 세계! αβγ 42 + €\t" {
		for _, c := range classes {
			if c.Test(r) {
				h.Add(c.Name)
			}
		}
	}
	for _, c := range classes {
		fmt.Printf("%s=%d ", c.Name, h[c.Name])
	}
	fmt.Println()
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToTitle('ǆ')), string(unicode.SimpleFold('A')), string(unicode.SimpleFold('k')))
	fmt.Println(unicode.IsUpper('Σ'), unicode.IsLower('σ'), string(unicode.ToLower('Σ')), unicode.IsPrint('\u00a0'), unicode.IsGraphic('\u00a0'))
	fmt.Println(unicode.IsControl('\n'), unicode.IsMark('\u0301'), unicode.IsNumber('Ⅷ'), unicode.IsDigit('Ⅷ'))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.To(unicode.UpperCase, r)
	}, "go lang 고"))
	fmt.Println(unicode.TurkishCase.ToUpper('i') == 'İ', string(unicode.TurkishCase.ToLower('I')))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar == '\uFFFD', unicode.Version != "")
}
