package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.Fields("  alpha  beta\tgamma\n"))
	isSep := func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsNumber(c) }
	fmt.Printf("%q\n", strings.FieldsFunc("  foo1;bar2,baz3...", isSep))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gopher", "GOPHER"))
	fmt.Println(strings.Title("x") == "X")
	fmt.Println(strings.ContainsAny("failure", "ui"), strings.ContainsAny("", ""), strings.ContainsRune("abc", 'b'))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"), strings.IndexByte("chicken", 'k'))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > unicode.MaxASCII }))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.LastIndexByte("Hello, world", 'o'))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexRune("chicken", 'd'))
}
