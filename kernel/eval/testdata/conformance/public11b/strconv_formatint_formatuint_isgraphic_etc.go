package main

import (
	"fmt"
	"strconv"
)

func main() {
	// ExampleFormatInt
	{
		v := int64(-42)

		s10 := strconv.FormatInt(v, 10)
		fmt.Printf("%T, %v\n", s10, s10)

		s16 := strconv.FormatInt(v, 16)
		fmt.Printf("%T, %v\n", s16, s16)

	}

	// ExampleFormatUint
	{
		v := uint64(42)

		s10 := strconv.FormatUint(v, 10)
		fmt.Printf("%T, %v\n", s10, s10)

		s16 := strconv.FormatUint(v, 16)
		fmt.Printf("%T, %v\n", s16, s16)

	}

	// ExampleIsGraphic
	{
		shamrock := strconv.IsGraphic('☘')
		fmt.Println(shamrock)

		a := strconv.IsGraphic('a')
		fmt.Println(a)

		bel := strconv.IsGraphic('\007')
		fmt.Println(bel)

	}

	// ExampleIsPrint
	{
		c := strconv.IsPrint('\u263a')
		fmt.Println(c)

		bel := strconv.IsPrint('\007')
		fmt.Println(bel)

	}

	// ExampleItoa
	{
		i := 10
		s := strconv.Itoa(i)
		fmt.Printf("%T, %v\n", s, s)

	}

	// ExampleParseBool
	{
		v := "true"
		if s, err := strconv.ParseBool(v); err == nil {
			fmt.Printf("%T, %v\n", s, s)
		}

	}
}
