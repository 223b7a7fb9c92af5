package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	rest, ok := strings.CutPrefix("prefix-body", "prefix-")
	fmt.Println(rest, ok)
	rest, ok = strings.CutSuffix("file.go", ".txt")
	fmt.Println(rest, ok)
	fmt.Printf("%q %q %q\n", strings.TrimSpace("  x \n"), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabca", "a"))
	fmt.Println(strings.TrimPrefix("go.mod", "go."), strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	fmt.Println(strings.IndexFunc("abc1", unicode.IsDigit), strings.LastIndex("go gopher", "go"), strings.IndexByte("abc", 'c'))
	fmt.Println(strings.SplitN("a,b,c,d", ",", 2), strings.SplitAfter("a,b", ","), strings.ContainsAny("hi", "xyz"), strings.ContainsRune("hi", 'i'))
	fmt.Println(strings.Compare("a", "b"), strings.Title("hello world"))
}
