package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(dropVowels, "interpreter"))
	fmt.Println("ba" + strings.Repeat("na", 2))
	fmt.Println(strings.ToUpper("Gopher"), strings.ToLower("Gopher"), strings.ToTitle("loud noises"))
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "örnek iş"))
	fmt.Println(strings.TrimFunc("¡¡¡Hello, Gophers!!!", func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }))
	fmt.Println(strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡"), strings.TrimRight("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n"))
	fmt.Println(strings.TrimPrefix("¡¡¡Hello", "¡"), strings.TrimSuffix("Hello!!!", "!"))
}
