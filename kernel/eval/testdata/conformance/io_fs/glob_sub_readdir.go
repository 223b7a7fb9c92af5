package main

import (
	"errors"
	"fmt"
	"io/fs"
	"testing/fstest"
)

func main() {
	fsys := fstest.MapFS{
		"a/x.go":   {Data: []byte("package x")},
		"a/y.go":   {Data: []byte("package y")},
		"a/z.txt":  {Data: []byte("zzz")},
		"b/w.go":   {Data: []byte("package w")},
		"root.txt": {Data: []byte("root")},
	}
	m, err := fs.Glob(fsys, "*/*.go")
	fmt.Println(m, err)
	sub, _ := fs.Sub(fsys, "a")
	entries, _ := fs.ReadDir(sub, ".")
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir(), e.Type())
	}
	data, _ := fs.ReadFile(sub, "z.txt")
	fmt.Println(string(data))
	_, err = fs.ReadFile(fsys, "nope")
	fmt.Println(err)
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)
	fmt.Println(fs.ValidPath("a/../b"), fs.ValidPath("a/b"), fs.ValidPath("/a"))
	fmt.Println(fstest.TestFS(fsys, "a/x.go", "root.txt"))
}
