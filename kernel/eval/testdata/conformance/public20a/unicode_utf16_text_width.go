package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func pangram(s string) bool {
	seen := map[rune]bool{}
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			seen[r] = true
		}
	}
	return len(seen) == 26
}

func acronym(s string) string {
	var sb strings.Builder
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		r, _ := utf8.DecodeRuneInString(w)
		sb.WriteRune(unicode.ToUpper(r))
	}
	return sb.String()
}

func isogram(s string) bool {
	seen := map[rune]bool{}
	for _, r := range strings.ToLower(s) {
		if !unicode.IsLetter(r) {
			continue
		}
		if seen[r] {
			return false
		}
		seen[r] = true
	}
	return true
}

func main() {
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "Ésope reste ici et se repose", "No 'x' in Nixon"} {
		fmt.Println(isPalindrome(s), s)
	}
	fmt.Println(pangram("The quick brown fox jumps over the lazy dog"), pangram("abc"))
	fmt.Println(acronym("Portable Network Graphics"), acronym("Complementary metal-oxide semiconductor"), acronym("ünder_score café"))
	fmt.Println(isogram("lumberjacks"), isogram("isograms"), isogram("six-year-old"))
	s := "a😀é"
	u := utf16.Encode([]rune(s))
	fmt.Println(u, len(u), utf16.IsSurrogate(rune(u[1])))
	fmt.Println(string(utf16.Decode(u)))
	r1, r2 := utf16.EncodeRune('😀')
	fmt.Printf("%x %x %c\n", r1, r2, utf16.DecodeRune(r1, r2))
	fmt.Println(utf16.AppendRune(nil, 'x'), utf16.RuneLen('😀'))
	counts := map[string]int{}
	for _, r := range "Hello, Wörld! 123 ☺\t" {
		switch {
		case unicode.IsUpper(r):
			counts["upper"]++
		case unicode.IsLower(r):
			counts["lower"]++
		case unicode.IsDigit(r):
			counts["digit"]++
		case unicode.IsSpace(r):
			counts["space"]++
		case unicode.IsPunct(r):
			counts["punct"]++
		case unicode.IsSymbol(r):
			counts["symbol"]++
		}
	}
	fmt.Println(counts)
	rot := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot, "Hello, World!"), strings.Map(rot, strings.Map(rot, "round trip")))
	fmt.Println(utf8.RuneLen('€'), utf8.RuneLen(-5), utf8.ValidRune(0xD800), utf8.MaxRune)
	b := []byte("€uro")
	fmt.Println(utf8.RuneCount(b), utf8.Valid(b[1:]), utf8.FullRune(b[:2]))
	fmt.Println(strings.ToUpper("ﬀ"), strings.ToLower("ΑΣ"), unicode.ToLower('Σ'), string(unicode.To(unicode.UpperCase, 'ß')))
}
