package main

import (
	"fmt"
	"path/filepath"
)

func main() {
	// ExampleSplitList
	{
		fmt.Println("On Unix:", filepath.SplitList("/a/b/c:/usr/bin"))
	}

	// ExampleRel
	{
		paths := []string{
			"/a/b/c",
			"/b/c",
			"./b/c",
		}
		base := "/a"

		fmt.Println("On Unix:")
		for _, p := range paths {
			rel, err := filepath.Rel(base, p)
			fmt.Printf("%q: %q %v\n", p, rel, err)
		}

	}

	// ExampleSplit
	{
		paths := []string{
			"/home/arnie/amelia.jpg",
			"/mnt/photos/",
			"rabbit.jpg",
			"/usr/local//go",
		}
		fmt.Println("On Unix:")
		for _, p := range paths {
			dir, file := filepath.Split(p)
			fmt.Printf("input: %q\n\tdir: %q\n\tfile: %q\n", p, dir, file)
		}
	}

	// ExampleJoin
	{
		fmt.Println("On Unix:")
		fmt.Println(filepath.Join("a", "b", "c"))
		fmt.Println(filepath.Join("a", "b/c"))
		fmt.Println(filepath.Join("a/b", "c"))
		fmt.Println(filepath.Join("a/b", "/c"))

		fmt.Println(filepath.Join("a/b", "../../../xyz"))

	}

	// ExampleMatch
	{
		fmt.Println("On Unix:")
		fmt.Println(filepath.Match("/home/catch/*", "/home/catch/foo"))
		fmt.Println(filepath.Match("/home/catch/*", "/home/catch/foo/bar"))
		fmt.Println(filepath.Match("/home/?opher", "/home/gopher"))
		fmt.Println(filepath.Match("/home/\\*", "/home/*"))

	}
}
