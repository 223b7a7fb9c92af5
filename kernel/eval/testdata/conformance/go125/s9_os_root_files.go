package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	dir, err := os.MkdirTemp("", "s9-root25-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	root, err := os.OpenRoot(dir)
	if err != nil {
		panic(err)
	}
	defer root.Close()
	fmt.Println(root.MkdirAll("a/b/c", 0o755))
	fmt.Println(root.WriteFile("a/b/c/f.txt", []byte("data 1.25"), 0o644))
	b, err := root.ReadFile("a/b/c/f.txt")
	fmt.Println(string(b), err)
	fmt.Println(root.Rename("a/b/c/f.txt", "a/g.txt"))
	_, err = root.Stat("a/b/c/f.txt")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	fmt.Println(root.Symlink("g.txt", "a/link"))
	target, err := root.Readlink("a/link")
	fmt.Println(target, err)
	fmt.Println(root.Link("a/g.txt", "a/hard.txt"))
	b, _ = root.ReadFile("a/hard.txt")
	fmt.Println(string(b))
	fmt.Println(root.Chmod("a/g.txt", 0o600))
	fi, _ := root.Stat("a/g.txt")
	fmt.Println(fi.Mode().Perm())
	fmt.Println(root.WriteFile("../escape.txt", []byte("x"), 0o644) != nil)
	fmt.Println(root.RemoveAll("a"))
	_, err = root.Stat("a")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
}
