package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	// ExampleSplitN
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,c"), []byte(","), 2))
	z := bytes.SplitN([]byte("a,b,c"), []byte(","), 0)
	fmt.Printf("%q (nil = %v)\n", z, z == nil)

	// ExampleSplitAfter
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))

	// ExampleSplitAfterN
	fmt.Printf("%q\n", bytes.SplitAfterN([]byte("a,b,c"), []byte(","), 2))

	// ExampleTitle
	fmt.Printf("%s", bytes.Title([]byte("her royal highness")))

	// ExampleToTitle
	fmt.Printf("%s\n", bytes.ToTitle([]byte("loud noises")))
	fmt.Printf("%s\n", bytes.ToTitle([]byte("брат")))

	// ExampleToTitleSpecial
	str := []byte("ahoj vývojári golang")
	totitle := bytes.ToTitleSpecial(unicode.AzeriCase, str)
	fmt.Println("Original : " + string(str))
	fmt.Println("ToTitle : " + string(totitle))
}
