package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	// ExampleFields
	{
		fmt.Printf("Fields are: %q", strings.Fields("  foo bar  baz   "))
	}

	// ExampleFieldsFunc
	{
		f := func(c rune) bool {
			return !unicode.IsLetter(c) && !unicode.IsNumber(c)
		}
		fmt.Printf("Fields are: %q", strings.FieldsFunc("  foo1;bar2,baz3...", f))
	}

	// ExampleHasPrefix
	{
		fmt.Println(strings.HasPrefix("Gopher", "Go"))
		fmt.Println(strings.HasPrefix("Gopher", "C"))
		fmt.Println(strings.HasPrefix("Gopher", ""))
	}

	// ExampleHasSuffix
	{
		fmt.Println(strings.HasSuffix("Amigo", "go"))
		fmt.Println(strings.HasSuffix("Amigo", "O"))
		fmt.Println(strings.HasSuffix("Amigo", "Ami"))
		fmt.Println(strings.HasSuffix("Amigo", ""))
	}

	// ExampleIndex
	{
		fmt.Println(strings.Index("chicken", "ken"))
		fmt.Println(strings.Index("chicken", "dmr"))
	}

	// ExampleIndexFunc
	{
		f := func(c rune) bool {
			return unicode.Is(unicode.Han, c)
		}
		fmt.Println(strings.IndexFunc("Hello, 世界", f))
		fmt.Println(strings.IndexFunc("Hello, world", f))
	}
}
