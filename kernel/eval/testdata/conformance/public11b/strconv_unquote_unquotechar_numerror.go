package main

import (
	"fmt"
	"log"
	"strconv"
)

func main() {
	// ExampleUnquote
	{
		s, err := strconv.Unquote("You can't unquote a string without quotes")
		fmt.Printf("%q, %v\n", s, err)
		s, err = strconv.Unquote("\"The string must be either double-quoted\"")
		fmt.Printf("%q, %v\n", s, err)
		s, err = strconv.Unquote("`or backquoted.`")
		fmt.Printf("%q, %v\n", s, err)
		s, err = strconv.Unquote("'\u263a'") // single character only allowed in single quotes
		fmt.Printf("%q, %v\n", s, err)
		s, err = strconv.Unquote("'\u2639\u2639'")
		fmt.Printf("%q, %v\n", s, err)

	}

	// ExampleUnquoteChar
	{
		v, mb, t, err := strconv.UnquoteChar(`\"Fran & Freddie's Diner\"`, '"')
		if err != nil {
			log.Fatal(err)
		}

		fmt.Println("value:", string(v))
		fmt.Println("multibyte:", mb)
		fmt.Println("tail:", t)

	}

	// ExampleNumError
	{
		str := "Not a number"
		if _, err := strconv.ParseFloat(str, 64); err != nil {
			e := err.(*strconv.NumError)
			fmt.Println("Func:", e.Func)
			fmt.Println("Num:", e.Num)
			fmt.Println("Err:", e.Err)
			fmt.Println(err)
		}

	}
}
