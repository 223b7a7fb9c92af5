package main

import (
	"fmt"
	"unicode"
)

func main() {
	// ExampleToLower
	{
		const ucG = 'G'
		fmt.Printf("%#U\n", unicode.ToLower(ucG))

	}

	// ExampleToTitle
	{
		const ucG = 'g'
		fmt.Printf("%#U\n", unicode.ToTitle(ucG))

	}

	// ExampleToUpper
	{
		const ucG = 'g'
		fmt.Printf("%#U\n", unicode.ToUpper(ucG))

	}

	// ExampleSpecialCase
	{
		t := unicode.TurkishCase

		const lci = 'i'
		fmt.Printf("%#U\n", t.ToLower(lci))
		fmt.Printf("%#U\n", t.ToTitle(lci))
		fmt.Printf("%#U\n", t.ToUpper(lci))

		const uci = 'İ'
		fmt.Printf("%#U\n", t.ToLower(uci))
		fmt.Printf("%#U\n", t.ToTitle(uci))
		fmt.Printf("%#U\n", t.ToUpper(uci))

	}

	// ExampleIsDigit
	{
		fmt.Printf("%t\n", unicode.IsDigit('৩'))
		fmt.Printf("%t\n", unicode.IsDigit('A'))
	}

	// ExampleIsNumber
	{
		fmt.Printf("%t\n", unicode.IsNumber('Ⅷ'))
		fmt.Printf("%t\n", unicode.IsNumber('A'))
	}
}
