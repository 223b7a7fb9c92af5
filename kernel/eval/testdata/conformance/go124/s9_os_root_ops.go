package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
)

func main() {
	dir, err := os.MkdirTemp("", "s9-root-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	root, err := os.OpenRoot(dir)
	if err != nil {
		panic(err)
	}
	defer root.Close()
	fmt.Println(root.Mkdir("sub", 0o755))
	f, err := root.Create("sub/notes.txt")
	fmt.Println(err)
	f.WriteString("rooted")
	f.Close()
	fi, err := root.Stat("sub/notes.txt")
	fmt.Println(fi.Name(), fi.Size(), err)
	_, err = root.Stat("../outside")
	fmt.Println(err != nil)
	_, err = root.Create("/etc/nope")
	fmt.Println(err != nil)
	of, err := root.OpenFile("sub/notes.txt", os.O_RDONLY, 0)
	b := make([]byte, 3)
	of.Read(b)
	of.Close()
	fmt.Println(string(b), err)
	sub, err := root.OpenRoot("sub")
	fmt.Println(err, sub.Name() != "")
	_, err = sub.Open("../sub/notes.txt")
	fmt.Println(err != nil)
	sub.Close()
	entries, _ := fs.ReadDir(root.FS(), "sub")
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	fmt.Println(slices.Clip(names))
	fmt.Println(root.Remove("sub/notes.txt"))
	_, err = root.Lstat("sub/notes.txt")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	r2, err := os.OpenInRoot(dir, "sub")
	fmt.Println(err, r2 != nil)
	r2.Close()
}
