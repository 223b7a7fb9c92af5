package main

import (
	"fmt"
	"regexp"
)

func main() {
	// Example
	{
		// Compile the expression once, usually at init time.
		// Use raw strings to avoid having to quote the backslashes.
		var validID = regexp.MustCompile(`^[a-z]+\[[0-9]+\]$`)

		fmt.Println(validID.MatchString("adam[23]"))
		fmt.Println(validID.MatchString("eve[7]"))
		fmt.Println(validID.MatchString("Job[48]"))
		fmt.Println(validID.MatchString("snakey"))
	}

	// ExampleMatch
	{
		matched, err := regexp.Match(`foo.*`, []byte(`seafood`))
		fmt.Println(matched, err)
		matched, err = regexp.Match(`bar.*`, []byte(`seafood`))
		fmt.Println(matched, err)
		matched, err = regexp.Match(`a(b`, []byte(`seafood`))
		fmt.Println(matched, err)

	}

	// ExampleMatchString
	{
		matched, err := regexp.MatchString(`foo.*`, "seafood")
		fmt.Println(matched, err)
		matched, err = regexp.MatchString(`bar.*`, "seafood")
		fmt.Println(matched, err)
		matched, err = regexp.MatchString(`a(b`, "seafood")
		fmt.Println(matched, err)
	}

	// ExampleQuoteMeta
	{
		fmt.Println(regexp.QuoteMeta(`Escaping symbols like: .+*?()|[]{}^$`))
	}

	// ExampleRegexp_Find
	{
		re := regexp.MustCompile(`foo.?`)
		fmt.Printf("%q\n", re.Find([]byte(`seafood fool`)))

	}

	// ExampleRegexp_FindAll
	{
		re := regexp.MustCompile(`foo.?`)
		fmt.Printf("%q\n", re.FindAll([]byte(`seafood fool`), -1))

	}
}
