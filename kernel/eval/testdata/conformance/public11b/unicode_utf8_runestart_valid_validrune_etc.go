package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	// ExampleRuneStart
	{
		buf := []byte("a界")
		fmt.Println(utf8.RuneStart(buf[0]))
		fmt.Println(utf8.RuneStart(buf[1]))
		fmt.Println(utf8.RuneStart(buf[2]))
	}

	// ExampleValid
	{
		valid := []byte("Hello, 世界")
		invalid := []byte{0xff, 0xfe, 0xfd}

		fmt.Println(utf8.Valid(valid))
		fmt.Println(utf8.Valid(invalid))
	}

	// ExampleValidRune
	{
		valid := 'a'
		invalid := rune(0xfffffff)

		fmt.Println(utf8.ValidRune(valid))
		fmt.Println(utf8.ValidRune(invalid))
	}

	// ExampleValidString
	{
		valid := "Hello, 世界"
		invalid := string([]byte{0xff, 0xfe, 0xfd})

		fmt.Println(utf8.ValidString(valid))
		fmt.Println(utf8.ValidString(invalid))
	}

	// ExampleAppendRune
	{
		buf1 := utf8.AppendRune(nil, 0x10000)
		buf2 := utf8.AppendRune([]byte("init"), 0x10000)
		fmt.Println(string(buf1))
		fmt.Println(string(buf2))
	}
}
