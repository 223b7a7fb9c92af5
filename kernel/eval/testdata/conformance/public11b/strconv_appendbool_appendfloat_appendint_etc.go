package main

import (
	"fmt"
	"strconv"
)

func main() {
	// ExampleAppendBool
	{
		b := []byte("bool:")
		b = strconv.AppendBool(b, true)
		fmt.Println(string(b))

	}

	// ExampleAppendFloat
	{
		b32 := []byte("float32:")
		b32 = strconv.AppendFloat(b32, 3.1415926535, 'E', -1, 32)
		fmt.Println(string(b32))

		b64 := []byte("float64:")
		b64 = strconv.AppendFloat(b64, 3.1415926535, 'E', -1, 64)
		fmt.Println(string(b64))

	}

	// ExampleAppendInt
	{
		b10 := []byte("int (base 10):")
		b10 = strconv.AppendInt(b10, -42, 10)
		fmt.Println(string(b10))

		b16 := []byte("int (base 16):")
		b16 = strconv.AppendInt(b16, -42, 16)
		fmt.Println(string(b16))

	}

	// ExampleAppendQuote
	{
		b := []byte("quote:")
		b = strconv.AppendQuote(b, `"Fran & Freddie's Diner"`)
		fmt.Println(string(b))

	}

	// ExampleAppendQuoteRune
	{
		b := []byte("rune:")
		b = strconv.AppendQuoteRune(b, '☺')
		fmt.Println(string(b))

	}

	// ExampleAppendQuoteRuneToASCII
	{
		b := []byte("rune (ascii):")
		b = strconv.AppendQuoteRuneToASCII(b, '☺')
		fmt.Println(string(b))

	}
}
