package main

import (
	"fmt"
	"strings"
	"unicode"
)

func ShareWith(name string) string {
	if name == "" {
		name = "you"
	}
	return fmt.Sprintf("One for %s, one for me.", name)
}

func Abbreviate(s string) string {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '-' || r == '_'
	})
	var b strings.Builder
	for _, w := range words {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if w != "" {
			b.WriteRune(unicode.ToUpper([]rune(w)[0]))
		}
	}
	return b.String()
}

func IsIsogram(s string) bool {
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

func Hamming(a, b string) (int, error) {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return 0, fmt.Errorf("strands differ in length: %d != %d", len(ra), len(rb))
	}
	d := 0
	for i := range ra {
		if ra[i] != rb[i] {
			d++
		}
	}
	return d, nil
}

func main() {
	fmt.Println(ShareWith(""), ShareWith("Alice"))
	for _, s := range []string{"Portable Network Graphics", "Ruby on Rails", "First In, First Out", "GNU Image Manipulation Program", "Complementary metal-oxide semiconductor", "Rolling On The Floor Laughing So Hard That My Dogs Came Over And Licked Me", "Something - I made up from thin air", "Halley's Comet", "The Road _Not_ Taken"} {
		fmt.Printf("%s ", Abbreviate(s))
	}
	fmt.Println()
	for _, s := range []string{"", "isogram", "eleven", "Alphabet", "thumbscrew-japingly", "six-year-old", "Emily Jung Schwartzkopf", "accentor", "angola"} {
		fmt.Print(IsIsogram(s), " ")
	}
	fmt.Println()
	fmt.Println(Hamming("GAGCCTACTAACGGGAT", "CATCGTAATGACGGCCT"))
	fmt.Println(Hamming("AATG", "AAA"))
}
