package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

func main() {
	// ExampleSeeker_Seek
	{
		r := strings.NewReader("some io.Reader stream to be read\n")

		r.Seek(5, io.SeekStart) // move to the 5th char from the start
		if _, err := io.Copy(os.Stdout, r); err != nil {
			log.Fatal(err)
		}

		r.Seek(-5, io.SeekEnd)
		if _, err := io.Copy(os.Stdout, r); err != nil {
			log.Fatal(err)
		}

	}

	// ExampleMultiWriter
	{
		r := strings.NewReader("some io.Reader stream to be read\n")

		var buf1, buf2 strings.Builder
		w := io.MultiWriter(&buf1, &buf2)

		if _, err := io.Copy(w, r); err != nil {
			log.Fatal(err)
		}

		fmt.Print(buf1.String())
		fmt.Print(buf2.String())

	}

	// ExamplePipe
	{
		r, w := io.Pipe()

		go func() {
			fmt.Fprint(w, "some io.Reader stream to be read\n")
			w.Close()
		}()

		if _, err := io.Copy(os.Stdout, r); err != nil {
			log.Fatal(err)
		}

	}

	// ExampleReadAll
	{
		r := strings.NewReader("Go is a general-purpose language designed with systems programming in mind.")

		b, err := io.ReadAll(r)
		if err != nil {
			log.Fatal(err)
		}

		fmt.Printf("%s", b)

	}
}
