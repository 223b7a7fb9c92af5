package main

import (
	"fmt"
	"regexp"
)

func main() {
	// ExampleRegexp_FindAllSubmatch
	{
		re := regexp.MustCompile(`foo(.?)`)
		fmt.Printf("%q\n", re.FindAllSubmatch([]byte(`seafood fool`), -1))

	}

	// ExampleRegexp_FindSubmatch
	{
		re := regexp.MustCompile(`foo(.?)`)
		fmt.Printf("%q\n", re.FindSubmatch([]byte(`seafood fool`)))

	}

	// ExampleRegexp_Match
	{
		re := regexp.MustCompile(`foo.?`)
		fmt.Println(re.Match([]byte(`seafood fool`)))
		fmt.Println(re.Match([]byte(`something else`)))

	}

	// ExampleRegexp_FindString
	{
		re := regexp.MustCompile(`foo.?`)
		fmt.Printf("%q\n", re.FindString("seafood fool"))
		fmt.Printf("%q\n", re.FindString("meat"))
	}

	// ExampleRegexp_FindStringIndex
	{
		re := regexp.MustCompile(`ab?`)
		fmt.Println(re.FindStringIndex("tablett"))
		fmt.Println(re.FindStringIndex("foo") == nil)
	}

	// ExampleRegexp_FindStringSubmatch
	{
		re := regexp.MustCompile(`a(x*)b(y|z)c`)
		fmt.Printf("%q\n", re.FindStringSubmatch("-axxxbyc-"))
		fmt.Printf("%q\n", re.FindStringSubmatch("-abzc-"))
	}
}
