package main

import (
	"fmt"
	"regexp"
)

func main() {
	// ExampleRegexp_FindAllString
	{
		re := regexp.MustCompile(`a.`)
		fmt.Println(re.FindAllString("paranormal", -1))
		fmt.Println(re.FindAllString("paranormal", 2))
		fmt.Println(re.FindAllString("graal", -1))
		fmt.Println(re.FindAllString("none", -1))
	}

	// ExampleRegexp_FindAllStringSubmatch
	{
		re := regexp.MustCompile(`a(x*)b`)
		fmt.Printf("%q\n", re.FindAllStringSubmatch("-ab-", -1))
		fmt.Printf("%q\n", re.FindAllStringSubmatch("-axxb-", -1))
		fmt.Printf("%q\n", re.FindAllStringSubmatch("-ab-axb-", -1))
		fmt.Printf("%q\n", re.FindAllStringSubmatch("-axxb-ab-", -1))
	}

	// ExampleRegexp_FindAllStringSubmatchIndex
	{
		re := regexp.MustCompile(`a(x*)b`)
		// Indices:
		//    01234567   012345678
		//    -ab-axb-   -axxb-ab-
		fmt.Println(re.FindAllStringSubmatchIndex("-ab-", -1))
		fmt.Println(re.FindAllStringSubmatchIndex("-axxb-", -1))
		fmt.Println(re.FindAllStringSubmatchIndex("-ab-axb-", -1))
		fmt.Println(re.FindAllStringSubmatchIndex("-axxb-ab-", -1))
		fmt.Println(re.FindAllStringSubmatchIndex("-foo-", -1))
	}

	// ExampleRegexp_FindSubmatchIndex
	{
		re := regexp.MustCompile(`a(x*)b`)
		// Indices:
		//    01234567   012345678
		//    -ab-axb-   -axxb-ab-
		fmt.Println(re.FindSubmatchIndex([]byte("-ab-")))
		fmt.Println(re.FindSubmatchIndex([]byte("-axxb-")))
		fmt.Println(re.FindSubmatchIndex([]byte("-ab-axb-")))
		fmt.Println(re.FindSubmatchIndex([]byte("-axxb-ab-")))
		fmt.Println(re.FindSubmatchIndex([]byte("-foo-")))
	}

	// ExampleRegexp_Longest
	{
		re := regexp.MustCompile(`a(|b)`)
		fmt.Println(re.FindString("ab"))
		re.Longest()
		fmt.Println(re.FindString("ab"))
	}

	// ExampleRegexp_MatchString
	{
		re := regexp.MustCompile(`(gopher){2}`)
		fmt.Println(re.MatchString("gopher"))
		fmt.Println(re.MatchString("gophergopher"))
		fmt.Println(re.MatchString("gophergophergopher"))
	}
}
