package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	// ExampleTrim
	{
		fmt.Print(strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"))
	}

	// ExampleTrimSpace
	{
		fmt.Println(strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n"))
	}

	// ExampleTrimPrefix
	{
		var s = "¡¡¡Hello, Gophers!!!"
		s = strings.TrimPrefix(s, "¡¡¡Hello, ")
		s = strings.TrimPrefix(s, "¡¡¡Howdy, ")
		fmt.Print(s)
	}

	// ExampleTrimSuffix
	{
		var s = "¡¡¡Hello, Gophers!!!"
		s = strings.TrimSuffix(s, ", Gophers!!!")
		s = strings.TrimSuffix(s, ", Marmots!!!")
		fmt.Print(s)
	}

	// ExampleTrimFunc
	{
		fmt.Print(strings.TrimFunc("¡¡¡Hello, Gophers!!!", func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsNumber(r)
		}))
	}

	// ExampleTrimLeft
	{
		fmt.Print(strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡"))
	}
}
