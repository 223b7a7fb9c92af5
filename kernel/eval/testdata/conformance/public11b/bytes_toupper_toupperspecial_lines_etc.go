package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	// ExampleToUpper
	{
		fmt.Printf("%s", bytes.ToUpper([]byte("Gopher")))
	}

	// ExampleToUpperSpecial
	{
		str := []byte("ahoj vývojári golang")
		totitle := bytes.ToUpperSpecial(unicode.AzeriCase, str)
		fmt.Println("Original : " + string(str))
		fmt.Println("ToUpper : " + string(totitle))
	}

	// ExampleLines
	{
		text := []byte("Hello\nWorld\nGo Programming\n")
		for line := range bytes.Lines(text) {
			fmt.Printf("%q\n", line)
		}

	}

	// ExampleSplitSeq
	{
		s := []byte("a,b,c,d")
		for part := range bytes.SplitSeq(s, []byte(",")) {
			fmt.Printf("%q\n", part)
		}

	}

	// ExampleSplitAfterSeq
	{
		s := []byte("a,b,c,d")
		for part := range bytes.SplitAfterSeq(s, []byte(",")) {
			fmt.Printf("%q\n", part)
		}

	}

	// ExampleFieldsSeq
	{
		text := []byte("The quick brown fox")
		fmt.Println("Split byte slice into fields:")
		for word := range bytes.FieldsSeq(text) {
			fmt.Printf("%q\n", word)
		}

		textWithSpaces := []byte("  lots   of   spaces  ")
		fmt.Println("\nSplit byte slice with multiple spaces:")
		for word := range bytes.FieldsSeq(textWithSpaces) {
			fmt.Printf("%q\n", word)
		}

	}
}
