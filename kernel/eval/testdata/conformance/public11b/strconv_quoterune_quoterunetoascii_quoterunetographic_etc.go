package main

import (
	"fmt"
	"strconv"
)

func main() {
	// ExampleQuoteRune
	{
		s := strconv.QuoteRune('☺')
		fmt.Println(s)

	}

	// ExampleQuoteRuneToASCII
	{
		s := strconv.QuoteRuneToASCII('☺')
		fmt.Println(s)

	}

	// ExampleQuoteRuneToGraphic
	{
		s := strconv.QuoteRuneToGraphic('☺')
		fmt.Println(s)

		s = strconv.QuoteRuneToGraphic('\u263a')
		fmt.Println(s)

		s = strconv.QuoteRuneToGraphic('\u000a')
		fmt.Println(s)

		s = strconv.QuoteRuneToGraphic('	') // tab character
		fmt.Println(s)

	}

	// ExampleQuoteToASCII
	{
		// This string literal contains a tab character.
		s := strconv.QuoteToASCII(`"Fran & Freddie's Diner	☺"`)
		fmt.Println(s)

	}

	// ExampleQuoteToGraphic
	{
		s := strconv.QuoteToGraphic("☺")
		fmt.Println(s)

		// This string literal contains a tab character.
		s = strconv.QuoteToGraphic("This is a \u263a	\u000a")
		fmt.Println(s)

		s = strconv.QuoteToGraphic(`" This is a ☺ \n "`)
		fmt.Println(s)

	}

	// ExampleQuotedPrefix
	{
		s, err := strconv.QuotedPrefix("not a quoted string")
		fmt.Printf("%q, %v\n", s, err)
		s, err = strconv.QuotedPrefix("\"double-quoted string\" with trailing text")
		fmt.Printf("%q, %v\n", s, err)
		s, err = strconv.QuotedPrefix("`or backquoted` with more trailing text")
		fmt.Printf("%q, %v\n", s, err)
		s, err = strconv.QuotedPrefix("'\u263a' is also okay")
		fmt.Printf("%q, %v\n", s, err)

	}
}
