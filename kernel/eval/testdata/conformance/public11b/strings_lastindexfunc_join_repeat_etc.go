package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	// ExampleLastIndexFunc
	fmt.Println(strings.LastIndexFunc("go 123", unicode.IsNumber))
	fmt.Println(strings.LastIndexFunc("123 go", unicode.IsNumber))
	fmt.Println(strings.LastIndexFunc("go", unicode.IsNumber))

	// ExampleJoin
	s := []string{"foo", "bar", "baz"}
	fmt.Println(strings.Join(s, ", "))

	// ExampleRepeat
	fmt.Println("ba" + strings.Repeat("na", 2))

	// ExampleReplace
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))

	// ExampleReplaceAll
	fmt.Println(strings.ReplaceAll("oink oink oink", "oink", "moo"))

	// ExampleSplit
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("a man a plan a canal panama", "a "))
	fmt.Printf("%q\n", strings.Split(" xyz ", ""))
	fmt.Printf("%q\n", strings.Split("", "Bernardo O'Higgins"))
}
