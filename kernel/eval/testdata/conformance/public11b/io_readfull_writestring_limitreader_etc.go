package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

func main() {
	// ExampleReadFull
	{
		r := strings.NewReader("some io.Reader stream to be read\n")

		buf := make([]byte, 4)
		if _, err := io.ReadFull(r, buf); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s\n", buf)

		// minimal read size bigger than io.Reader stream
		longBuf := make([]byte, 64)
		if _, err := io.ReadFull(r, longBuf); err != nil {
			fmt.Println("error:", err)
		}

	}

	// ExampleWriteString
	{
		if _, err := io.WriteString(os.Stdout, "Hello World"); err != nil {
			log.Fatal(err)
		}

	}

	// ExampleLimitReader
	{
		r := strings.NewReader("some io.Reader stream to be read\n")
		lr := io.LimitReader(r, 4)

		if _, err := io.Copy(os.Stdout, lr); err != nil {
			log.Fatal(err)
		}

	}

	// ExampleMultiReader
	{
		r1 := strings.NewReader("first reader ")
		r2 := strings.NewReader("second reader ")
		r3 := strings.NewReader("third reader\n")
		r := io.MultiReader(r1, r2, r3)

		if _, err := io.Copy(os.Stdout, r); err != nil {
			log.Fatal(err)
		}

	}

	// ExampleTeeReader
	{
		var r io.Reader = strings.NewReader("some io.Reader stream to be read\n")

		r = io.TeeReader(r, os.Stdout)

		// Everything read from r will be copied to stdout.
		if _, err := io.ReadAll(r); err != nil {
			log.Fatal(err)
		}

	}
}
