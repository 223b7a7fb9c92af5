package main

import (
	"fmt"
	"strconv"
)

func main() {
	// ExampleAppendQuoteToASCII
	{
		b := []byte("quote (ascii):")
		b = strconv.AppendQuoteToASCII(b, `"Fran & Freddie's Diner"`)
		fmt.Println(string(b))

	}

	// ExampleAppendUint
	{
		b10 := []byte("uint (base 10):")
		b10 = strconv.AppendUint(b10, 42, 10)
		fmt.Println(string(b10))

		b16 := []byte("uint (base 16):")
		b16 = strconv.AppendUint(b16, 42, 16)
		fmt.Println(string(b16))

	}

	// ExampleAtoi
	{
		v := "10"
		if s, err := strconv.Atoi(v); err == nil {
			fmt.Printf("%T, %v", s, s)
		}

	}

	// ExampleCanBackquote
	{
		fmt.Println(strconv.CanBackquote("Fran & Freddie's Diner ☺"))
		fmt.Println(strconv.CanBackquote("`can't backquote this`"))

	}

	// ExampleFormatBool
	{
		v := true
		s := strconv.FormatBool(v)
		fmt.Printf("%T, %v\n", s, s)

	}

	// ExampleFormatFloat
	{
		v := 3.1415926535

		s32 := strconv.FormatFloat(v, 'E', -1, 32)
		fmt.Printf("%T, %v\n", s32, s32)

		s64 := strconv.FormatFloat(v, 'E', -1, 64)
		fmt.Printf("%T, %v\n", s64, s64)

		// fmt.Println uses these arguments to print floats
		fmt64 := strconv.FormatFloat(v, 'g', -1, 64)
		fmt.Printf("%T, %v\n", fmt64, fmt64)

	}
}
