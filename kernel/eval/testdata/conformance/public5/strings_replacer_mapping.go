package main

import (
	"fmt"
	"strings"
	"unicode"
)

func rot13(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	}
	return r
}

func slugify(s string) string {
	var sb strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			sb.WriteRune(r)
			dash = false
		case !dash && sb.Len() > 0:
			sb.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(sb.String(), "-")
}

func main() {
	html := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	fmt.Println(html.Replace(`<a href="x">Tom & Jerry</a>`))
	swap := strings.NewReplacer("a", "b", "b", "a")
	fmt.Println(swap.Replace("abba baab"))
	overlap := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(overlap.Replace("aaaaaa aaaa a"))
	var sb strings.Builder
	html.WriteString(&sb, "1 < 2")
	fmt.Println(sb.String())
	fmt.Println(strings.Map(rot13, "Hello, World!"), strings.Map(rot13, strings.Map(rot13, "round trip")))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiouAEIOU", r) {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(dropVowels, "Programming in Go"))
	for _, s := range []string{"Hello, World!", "  Go 1.22 -- Release Notes ", "ÜBER straße", "---"} {
		fmt.Printf("%q\n", slugify(s))
	}
	fmt.Println(strings.Title("go is fun"), strings.ToTitle("ǆ"), strings.ToUpper("ǆ"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Fields(" a \t b\n c  "), strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	fmt.Println(strings.SplitN("a,b,c,d", ",", 2), strings.SplitAfterN("a,b,c", ",", 2), len(strings.Split("", ",")))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("xxhi", "x"))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "nl"), strings.IndexRune("chicken", 'k'), strings.ContainsAny("hi", ""))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Repeat("ab", 3), strings.Compare("a", "b"))
	before, after, found := strings.Cut("user@example.com", "@")
	fmt.Println(before, after, found)
	s, ok := strings.CutPrefix("v1.2.3", "v")
	fmt.Println(s, ok)
}
