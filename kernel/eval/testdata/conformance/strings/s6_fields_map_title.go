package main

import (
	"fmt"
	"strings"
	"unicode"
)

func title(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(strings.ToLower(w))
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

func main() {
	fmt.Printf("%q\n", strings.Fields("  foo bar\t baz\n  "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333;d", func(r rune) bool { return unicode.IsDigit(r) || r == ';' }))
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
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, "no spaces at all"))
	fmt.Println(title("the gO proGRAMMING language"), title("élan vital"))
	fmt.Println(strings.ToTitle("loud"), strings.ToUpper("straße"), strings.ToLower("ÀÉÎ"))
	for w := range strings.FieldsSeq(" x  y z ") {
		fmt.Print("<", w, ">")
	}
	fmt.Println()
}
