package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	// ExampleCutSuffix
	show := func(s, suffix string) {
		before, found := bytes.CutSuffix([]byte(s), []byte(suffix))
		fmt.Printf("CutSuffix(%q, %q) = %q, %v\n", s, suffix, before, found)
	}
	show("Gopher", "Go")
	show("Gopher", "er")

	// ExampleEqual
	fmt.Println(bytes.Equal([]byte("Go"), []byte("Go")))
	fmt.Println(bytes.Equal([]byte("Go"), []byte("C++")))

	// ExampleEqualFold
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("go")))

	// ExampleFields
	fmt.Printf("Fields are: %q", bytes.Fields([]byte("  foo bar  baz   ")))

	// ExampleFieldsFunc
	f := func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsNumber(c)
	}
	fmt.Printf("Fields are: %q", bytes.FieldsFunc([]byte("  foo1;bar2,baz3..."), f))

	// ExampleHasPrefix
	fmt.Println(bytes.HasPrefix([]byte("Gopher"), []byte("Go")))
	fmt.Println(bytes.HasPrefix([]byte("Gopher"), []byte("C")))
	fmt.Println(bytes.HasPrefix([]byte("Gopher"), []byte("")))
}
