package main

import (
	"fmt"
	"strings"
	"unicode"
)

func classify(r rune) string {
	var tags []string
	checks := []struct {
		name string
		f    func(rune) bool
	}{
		{"letter", unicode.IsLetter}, {"digit", unicode.IsDigit}, {"number", unicode.IsNumber},
		{"upper", unicode.IsUpper}, {"lower", unicode.IsLower}, {"title", unicode.IsTitle},
		{"space", unicode.IsSpace}, {"punct", unicode.IsPunct}, {"symbol", unicode.IsSymbol},
		{"mark", unicode.IsMark}, {"graphic", unicode.IsGraphic}, {"control", unicode.IsControl},
	}
	for _, c := range checks {
		if c.f(r) {
			tags = append(tags, c.name)
		}
	}
	return strings.Join(tags, ",")
}

func main() {
	for _, r := range []rune{'A', 'z', '5', '½', '٣', ' ', '\n', '!', '€', '+', 'ǅ', '\u0301', 'λ', 'Ж', '中', '\u00a0'} {
		fmt.Printf("%U %q: %s\n", r, r, classify(r))
	}
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToLower('Σ')), string(unicode.ToTitle('ǆ')), string(unicode.To(unicode.UpperCase, 'é')))
	fmt.Println(strings.ToUpper("ǆemal straße"), strings.ToLower("İSTANBUL ΣΑΣ"), strings.Title("hello wörld"))
	fmt.Println(unicode.Is(unicode.Greek, 'λ'), unicode.Is(unicode.Cyrillic, 'λ'), unicode.In('中', unicode.Han, unicode.Hiragana), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit}, '7'))
	r := 'k'
	var folds []string
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		folds = append(folds, string(f))
	}
	fmt.Println(folds)
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar == '\uFFFD', unicode.MaxASCII, unicode.MaxLatin1)
	fmt.Println(strings.IndexFunc("abc123", unicode.IsDigit), strings.LastIndexFunc("a1b2c", unicode.IsLetter))
	count := map[string]int{}
	for _, r := range "Hello, Wörld! 123 ½" {
		switch {
		case unicode.IsLetter(r):
			count["L"]++
		case unicode.IsNumber(r):
			count["N"]++
		case unicode.IsSpace(r):
			count["Z"]++
		default:
			count["other"]++
		}
	}
	fmt.Println(count)
}
