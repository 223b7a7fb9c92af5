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

func main() {
	s := "Hello, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), s[7], string(s[7]), s[7:10])
	fmt.Println(reverse(s))
	fmt.Println(strings.ToUpper("straße"), strings.Title("ab cd"), strings.ToTitle("ǆ"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
	for i := range "aé世" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	b := []byte("é")
	fmt.Println(len(b), utf8.RuneLen('é'), utf8.RuneLen(-1), utf8.ValidRune(0xD800))
	fmt.Println(unicode.IsUpper('É'), unicode.IsLetter('1'), unicode.IsSpace('\u00a0'), unicode.IsDigit('٣'))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Index("chicken", "ken"))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("", ",")), strings.Fields("  a  b  "))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("xxhixx", "x"), strings.Trim("  hi ", " "))
	r, size := utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
}
