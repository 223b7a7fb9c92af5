package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	// ExampleEncodeRune_outOfRange
	{
		runes := []rune{
			// Less than 0, out of range.
			-1,
			// Greater than 0x10FFFF, out of range.
			0x110000,
			// The Unicode replacement character.
			utf8.RuneError,
		}
		for i, c := range runes {
			buf := make([]byte, 3)
			size := utf8.EncodeRune(buf, c)
			fmt.Printf("%d: %d %[2]s %d\n", i, buf, size)
		}
	}

	// ExampleFullRune
	{
		buf := []byte{228, 184, 150} // 世
		fmt.Println(utf8.FullRune(buf))
		fmt.Println(utf8.FullRune(buf[:2]))
	}

	// ExampleFullRuneInString
	{
		str := "世"
		fmt.Println(utf8.FullRuneInString(str))
		fmt.Println(utf8.FullRuneInString(str[:2]))
	}

	// ExampleRuneCount
	{
		buf := []byte("Hello, 世界")
		fmt.Println("bytes =", len(buf))
		fmt.Println("runes =", utf8.RuneCount(buf))
	}

	// ExampleRuneCountInString
	{
		str := "Hello, 世界"
		fmt.Println("bytes =", len(str))
		fmt.Println("runes =", utf8.RuneCountInString(str))
	}

	// ExampleRuneLen
	{
		fmt.Println(utf8.RuneLen('a'))
		fmt.Println(utf8.RuneLen('界'))
	}
}
