package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	// ExampleSplitN
	fmt.Printf("%q\n", strings.SplitN("a,b,c", ",", 2))
	z := strings.SplitN("a,b,c", ",", 0)
	fmt.Printf("%q (nil = %v)\n", z, z == nil)

	// ExampleSplitAfter
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))

	// ExampleSplitAfterN
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))

	// ExampleTitle
	// Compare this example to the ToTitle example.
	fmt.Println(strings.Title("her royal highness"))
	fmt.Println(strings.Title("loud noises"))
	fmt.Println(strings.Title("брат"))

	// ExampleToTitle
	// Compare this example to the Title example.
	fmt.Println(strings.ToTitle("her royal highness"))
	fmt.Println(strings.ToTitle("loud noises"))
	fmt.Println(strings.ToTitle("брат"))

	// ExampleToTitleSpecial
	fmt.Println(strings.ToTitleSpecial(unicode.TurkishCase, "dünyanın ilk borsa yapısı Aizonai kabul edilir"))
}
