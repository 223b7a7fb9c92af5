package main

import (
	"bytes"
	"fmt"
)

func main() {
	// ExampleContainsAny
	{
		fmt.Println(bytes.ContainsAny([]byte("I like seafood."), "fÄo!"))
		fmt.Println(bytes.ContainsAny([]byte("I like seafood."), "去是伟大的."))
		fmt.Println(bytes.ContainsAny([]byte("I like seafood."), ""))
		fmt.Println(bytes.ContainsAny([]byte(""), ""))
	}

	// ExampleContainsRune
	{
		fmt.Println(bytes.ContainsRune([]byte("I like seafood."), 'f'))
		fmt.Println(bytes.ContainsRune([]byte("I like seafood."), 'ö'))
		fmt.Println(bytes.ContainsRune([]byte("去是伟大的!"), '大'))
		fmt.Println(bytes.ContainsRune([]byte("去是伟大的!"), '!'))
		fmt.Println(bytes.ContainsRune([]byte(""), '@'))
	}

	// ExampleContainsFunc
	{
		f := func(r rune) bool {
			return r >= 'a' && r <= 'z'
		}
		fmt.Println(bytes.ContainsFunc([]byte("HELLO"), f))
		fmt.Println(bytes.ContainsFunc([]byte("World"), f))
	}

	// ExampleCount
	{
		fmt.Println(bytes.Count([]byte("cheese"), []byte("e")))
		fmt.Println(bytes.Count([]byte("five"), []byte(""))) // before & after each rune
	}

	// ExampleCut
	{
		show := func(s, sep string) {
			before, after, found := bytes.Cut([]byte(s), []byte(sep))
			fmt.Printf("Cut(%q, %q) = %q, %q, %v\n", s, sep, before, after, found)
		}
		show("Gopher", "Go")
		show("Gopher", "ph")
		show("Gopher", "er")
		show("Gopher", "Badger")
	}

	// ExampleCutPrefix
	{
		show := func(s, prefix string) {
			after, found := bytes.CutPrefix([]byte(s), []byte(prefix))
			fmt.Printf("CutPrefix(%q, %q) = %q, %v\n", s, prefix, after, found)
		}
		show("Gopher", "Go")
		show("Gopher", "ph")
	}
}
