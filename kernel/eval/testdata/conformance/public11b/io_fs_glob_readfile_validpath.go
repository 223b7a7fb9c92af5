package main

import (
	"fmt"
	"io/fs"
	"log"
	"testing/fstest"
)

func main() {
	// ExampleGlob
	{
		fsys := fstest.MapFS{
			"file.txt":        {},
			"file.go":         {},
			"dir/file.txt":    {},
			"dir/file.go":     {},
			"dir/subdir/x.go": {},
		}

		patterns := []string{
			"*.txt",
			"*.go",
			"dir/*.go",
			"dir/*/x.go",
		}

		for _, pattern := range patterns {
			matches, err := fs.Glob(fsys, pattern)
			if err != nil {
				log.Fatal(err)
			}
			fmt.Printf("%q matches: %v\n", pattern, matches)
		}

	}

	// ExampleReadFile
	{
		fsys := fstest.MapFS{
			"hello.txt": {
				Data: []byte("Hello, World!\n"),
			},
		}

		data, err := fs.ReadFile(fsys, "hello.txt")
		if err != nil {
			log.Fatal(err)
		}

		fmt.Print(string(data))

	}

	// ExampleValidPath
	{
		paths := []string{
			".",
			"x",
			"x/y/z",
			"",
			"..",
			"/x",
			"x/",
			"x//y",
			"x/./y",
			"x/../y",
		}

		for _, path := range paths {
			fmt.Printf("ValidPath(%q) = %t\n", path, fs.ValidPath(path))
		}

	}
}
