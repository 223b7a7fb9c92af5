package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func reverseWords(s string) string {
	w := strings.Fields(s)
	for i, j := 0, len(w)-1; i < j; i, j = i+1, j-1 {
		w[i], w[j] = w[j], w[i]
	}
	return strings.Join(w, " ")
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			clean = append(clean, r)
		}
	}
	return string(clean) == reverse(string(clean))
}

func main() {
	fmt.Println(reverse("asdf"), reverse("as⃝df̅"), reverse("日本語"))
	fmt.Println(reverseWords("the quick  brown fox"))
	fmt.Println(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("héllo"))
	s := "Hello, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), []byte(s)[7], []rune(s)[7], string([]rune(s)[7]))
	b := []byte("abc")
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	fmt.Println(string(b), strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, "Go Lang"))
}
