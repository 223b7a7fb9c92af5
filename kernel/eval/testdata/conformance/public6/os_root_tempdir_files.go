package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "root-demo-*")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)

	root, err := os.OpenRoot(dir)
	if err != nil {
		panic(err)
	}
	defer root.Close()

	if err := root.Mkdir("sub", 0o755); err != nil {
		panic(err)
	}
	f, err := root.Create("sub/notes.txt")
	if err != nil {
		panic(err)
	}
	fmt.Fprintf(f, "line %d\n", 1)
	io.WriteString(f, "line 2\n")
	f.Close()
	if err := root.WriteFile("top.txt", []byte("top level"), 0o644); err != nil {
		panic(err)
	}

	data, err := root.ReadFile("sub/notes.txt")
	fmt.Printf("%q %v\n", data, err)

	_, err = root.Open("../escape.txt")
	fmt.Println("escape blocked:", err != nil)
	_, err = root.Open("missing.txt")
	fmt.Println("missing:", errors.Is(err, fs.ErrNotExist))

	st, err := root.Stat("top.txt")
	fmt.Println(st.Name(), st.Size(), st.IsDir(), err)

	var names []string
	fs.WalkDir(root.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		names = append(names, fmt.Sprintf("%s dir=%t", p, d.IsDir()))
		return nil
	})
	slices.Sort(names)
	fmt.Println(strings.Join(names, "\n"))

	sub, err := root.OpenRoot("sub")
	if err != nil {
		panic(err)
	}
	b, _ := fs.ReadFile(sub.FS(), "notes.txt")
	fmt.Println(strings.Count(string(b), "\n"), filepath.Base(sub.Name()) == "sub")
	sub.Close()
	fmt.Println(root.Remove("top.txt"), root.Rename("sub/notes.txt", "moved.txt"))
	matches, _ := fs.Glob(root.FS(), "*.txt")
	fmt.Println(matches)
}
