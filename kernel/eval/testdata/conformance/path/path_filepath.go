package main

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	fmt.Println(path.Join("a", "b/../c", "/d"), path.Base("/x/y.go"), path.Dir("/x/y.go"), path.Ext("f.tar.gz"))
	fmt.Println(path.Clean("a//b/./c/.."), path.IsAbs("/a"))
	m, _ := path.Match("*.go", "main.go")
	dir, file := path.Split("static/myfile.css")
	fmt.Println(m, dir, file)
	p := filepath.Join("dir1", "dir2", "filename")
	fmt.Println("p:", p)
	fmt.Println(filepath.Join("dir1//", "filename"), filepath.Join("dir1/../dir1", "filename"))
	fmt.Println("Dir(p):", filepath.Dir(p), "Base(p):", filepath.Base(p))
	fmt.Println(filepath.IsAbs("dir/file"), filepath.IsAbs("/dir/file"))
	filename := "config.json"
	ext := filepath.Ext(filename)
	fmt.Println(ext, strings.TrimSuffix(filename, ext))
	rel, err := filepath.Rel("a/b", "a/b/t/file")
	fmt.Println(rel, err)
	rel, err = filepath.Rel("a/b", "a/c/t/file")
	fmt.Println(rel, err)
	fmt.Println(filepath.SplitList("/a:/b"), filepath.ToSlash("a/b"))
}
