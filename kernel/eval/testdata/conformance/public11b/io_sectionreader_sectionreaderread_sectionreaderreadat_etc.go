package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

func main() {
	// ExampleSectionReader
	{
		r := strings.NewReader("some io.Reader stream to be read\n")
		s := io.NewSectionReader(r, 5, 17)

		if _, err := io.Copy(os.Stdout, s); err != nil {
			log.Fatal(err)
		}

	}

	// ExampleSectionReader_Read
	{
		r := strings.NewReader("some io.Reader stream to be read\n")
		s := io.NewSectionReader(r, 5, 17)

		buf := make([]byte, 9)
		if _, err := s.Read(buf); err != nil {
			log.Fatal(err)
		}

		fmt.Printf("%s\n", buf)

	}

	// ExampleSectionReader_ReadAt
	{
		r := strings.NewReader("some io.Reader stream to be read\n")
		s := io.NewSectionReader(r, 5, 17)

		buf := make([]byte, 6)
		if _, err := s.ReadAt(buf, 10); err != nil {
			log.Fatal(err)
		}

		fmt.Printf("%s\n", buf)

	}

	// ExampleSectionReader_Seek
	{
		r := strings.NewReader("some io.Reader stream to be read\n")
		s := io.NewSectionReader(r, 5, 17)

		if _, err := s.Seek(10, io.SeekStart); err != nil {
			log.Fatal(err)
		}

		if _, err := io.Copy(os.Stdout, s); err != nil {
			log.Fatal(err)
		}

	}

	// ExampleSectionReader_Size
	{
		r := strings.NewReader("some io.Reader stream to be read\n")
		s := io.NewSectionReader(r, 5, 17)

		fmt.Println(s.Size())

	}
}
