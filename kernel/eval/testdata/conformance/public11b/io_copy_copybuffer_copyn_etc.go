package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

func main() {
	// ExampleCopy
	{
		r := strings.NewReader("some io.Reader stream to be read\n")

		if _, err := io.Copy(os.Stdout, r); err != nil {
			log.Fatal(err)
		}

	}

	// ExampleCopyBuffer
	{
		r1 := strings.NewReader("first reader\n")
		r2 := strings.NewReader("second reader\n")
		buf := make([]byte, 8)

		// buf is used here...
		if _, err := io.CopyBuffer(os.Stdout, r1, buf); err != nil {
			log.Fatal(err)
		}

		// ... reused here also. No need to allocate an extra buffer.
		if _, err := io.CopyBuffer(os.Stdout, r2, buf); err != nil {
			log.Fatal(err)
		}

	}

	// ExampleCopyN
	{
		r := strings.NewReader("some io.Reader stream to be read")

		if _, err := io.CopyN(os.Stdout, r, 4); err != nil {
			log.Fatal(err)
		}

	}

	// ExampleReadAtLeast
	{
		r := strings.NewReader("some io.Reader stream to be read\n")

		buf := make([]byte, 14)
		if _, err := io.ReadAtLeast(r, buf, 4); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s\n", buf)

		// buffer smaller than minimal read size.
		shortBuf := make([]byte, 3)
		if _, err := io.ReadAtLeast(r, shortBuf, 4); err != nil {
			fmt.Println("error:", err)
		}

		// minimal read size bigger than io.Reader stream
		longBuf := make([]byte, 64)
		if _, err := io.ReadAtLeast(r, longBuf, 64); err != nil {
			fmt.Println("error:", err)
		}

	}
}
