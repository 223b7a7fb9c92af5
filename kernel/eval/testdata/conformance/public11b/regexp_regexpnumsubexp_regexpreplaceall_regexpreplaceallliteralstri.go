package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	// ExampleRegexp_NumSubexp
	{
		re0 := regexp.MustCompile(`a.`)
		fmt.Printf("%d\n", re0.NumSubexp())

		re := regexp.MustCompile(`(.*)((a)b)(.*)a`)
		fmt.Println(re.NumSubexp())
	}

	// ExampleRegexp_ReplaceAll
	{
		re := regexp.MustCompile(`a(x*)b`)
		fmt.Printf("%s\n", re.ReplaceAll([]byte("-ab-axxb-"), []byte("T")))
		fmt.Printf("%s\n", re.ReplaceAll([]byte("-ab-axxb-"), []byte("$1")))
		fmt.Printf("%s\n", re.ReplaceAll([]byte("-ab-axxb-"), []byte("$1W")))
		fmt.Printf("%s\n", re.ReplaceAll([]byte("-ab-axxb-"), []byte("${1}W")))

		re2 := regexp.MustCompile(`a(?P<1W>x*)b`)
		fmt.Printf("%s\n", re2.ReplaceAll([]byte("-ab-axxb-"), []byte("$1W")))
		fmt.Printf("%s\n", re2.ReplaceAll([]byte("-ab-axxb-"), []byte("${1}W")))

	}

	// ExampleRegexp_ReplaceAllLiteralString
	{
		re := regexp.MustCompile(`a(x*)b`)
		fmt.Println(re.ReplaceAllLiteralString("-ab-axxb-", "T"))
		fmt.Println(re.ReplaceAllLiteralString("-ab-axxb-", "$1"))
		fmt.Println(re.ReplaceAllLiteralString("-ab-axxb-", "${1}"))
	}

	// ExampleRegexp_ReplaceAllString
	{
		re := regexp.MustCompile(`a(x*)b`)
		fmt.Println(re.ReplaceAllString("-ab-axxb-", "T"))
		fmt.Println(re.ReplaceAllString("-ab-axxb-", "$1"))
		fmt.Println(re.ReplaceAllString("-ab-axxb-", "$1W"))
		fmt.Println(re.ReplaceAllString("-ab-axxb-", "${1}W"))

		re2 := regexp.MustCompile(`a(?P<1W>x*)b`)
		fmt.Printf("%s\n", re2.ReplaceAllString("-ab-axxb-", "$1W"))
		fmt.Println(re.ReplaceAllString("-ab-axxb-", "${1}W"))

	}

	// ExampleRegexp_ReplaceAllStringFunc
	{
		re := regexp.MustCompile(`[^aeiou]`)
		fmt.Println(re.ReplaceAllStringFunc("seafood fool", strings.ToUpper))
	}

	// ExampleRegexp_SubexpNames
	{
		re := regexp.MustCompile(`(?P<first>[a-zA-Z]+) (?P<last>[a-zA-Z]+)`)
		fmt.Println(re.MatchString("Alan Turing"))
		fmt.Printf("%q\n", re.SubexpNames())
		reversed := fmt.Sprintf("${%s} ${%s}", re.SubexpNames()[2], re.SubexpNames()[1])
		fmt.Println(reversed)
		fmt.Println(re.ReplaceAllString("Alan Turing", reversed))
	}
}
