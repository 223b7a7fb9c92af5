package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	// ExampleSplitAfterSeq
	{
		s := "a,b,c,d"
		for part := range strings.SplitAfterSeq(s, ",") {
			fmt.Printf("%q\n", part)
		}

	}

	// ExampleFieldsSeq
	{
		text := "The quick brown fox"
		fmt.Println("Split string into fields:")
		for word := range strings.FieldsSeq(text) {
			fmt.Printf("%q\n", word)
		}

		textWithSpaces := "  lots   of   spaces  "
		fmt.Println("\nSplit string with multiple spaces:")
		for word := range strings.FieldsSeq(textWithSpaces) {
			fmt.Printf("%q\n", word)
		}

	}

	// ExampleFieldsFuncSeq
	{
		text := "The quick brown fox"
		fmt.Println("Split on whitespace(similar to FieldsSeq):")
		for word := range strings.FieldsFuncSeq(text, unicode.IsSpace) {
			fmt.Printf("%q\n", word)
		}

		mixedText := "abc123def456ghi"
		fmt.Println("\nSplit on digits:")
		for word := range strings.FieldsFuncSeq(mixedText, unicode.IsDigit) {
			fmt.Printf("%q\n", word)
		}

	}
}
