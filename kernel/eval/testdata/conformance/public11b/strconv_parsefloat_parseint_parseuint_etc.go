package main

import (
	"fmt"
	"strconv"
)

func main() {
	// ExampleParseFloat
	{
		v := "3.1415926535"
		if s, err := strconv.ParseFloat(v, 32); err == nil {
			fmt.Printf("%T, %v\n", s, s)
		}
		if s, err := strconv.ParseFloat(v, 64); err == nil {
			fmt.Printf("%T, %v\n", s, s)
		}
		if s, err := strconv.ParseFloat("NaN", 32); err == nil {
			fmt.Printf("%T, %v\n", s, s)
		}
		// ParseFloat is case insensitive
		if s, err := strconv.ParseFloat("nan", 32); err == nil {
			fmt.Printf("%T, %v\n", s, s)
		}
		if s, err := strconv.ParseFloat("inf", 32); err == nil {
			fmt.Printf("%T, %v\n", s, s)
		}
		if s, err := strconv.ParseFloat("+Inf", 32); err == nil {
			fmt.Printf("%T, %v\n", s, s)
		}
		if s, err := strconv.ParseFloat("-Inf", 32); err == nil {
			fmt.Printf("%T, %v\n", s, s)
		}
		if s, err := strconv.ParseFloat("-0", 32); err == nil {
			fmt.Printf("%T, %v\n", s, s)
		}
		if s, err := strconv.ParseFloat("+0", 32); err == nil {
			fmt.Printf("%T, %v\n", s, s)
		}

	}

	// ExampleParseInt
	{
		v32 := "-354634382"
		if s, err := strconv.ParseInt(v32, 10, 32); err == nil {
			fmt.Printf("%T, %v\n", s, s)
		}
		if s, err := strconv.ParseInt(v32, 16, 32); err == nil {
			fmt.Printf("%T, %v\n", s, s)
		}

		v64 := "-3546343826724305832"
		if s, err := strconv.ParseInt(v64, 10, 64); err == nil {
			fmt.Printf("%T, %v\n", s, s)
		}
		if s, err := strconv.ParseInt(v64, 16, 64); err == nil {
			fmt.Printf("%T, %v\n", s, s)
		}

	}

	// ExampleParseUint
	{
		v := "42"
		if s, err := strconv.ParseUint(v, 10, 32); err == nil {
			fmt.Printf("%T, %v\n", s, s)
		}
		if s, err := strconv.ParseUint(v, 10, 64); err == nil {
			fmt.Printf("%T, %v\n", s, s)
		}

	}

	// ExampleQuote
	{
		// This string literal contains a tab character.
		s := strconv.Quote(`"Fran & Freddie's Diner	☺"`)
		fmt.Println(s)

	}
}
