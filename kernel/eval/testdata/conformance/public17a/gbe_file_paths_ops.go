package main

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	p := filepath.Join("dir1", "dir2", "filename")
	fmt.Println("p:", p)
	fmt.Println(filepath.Join("dir1//", "filename"))
	fmt.Println(filepath.Join("dir1/../dir1", "filename"))
	fmt.Println("Dir(p):", filepath.Dir(p))
	fmt.Println("Base(p):", filepath.Base(p))
	fmt.Println(filepath.IsAbs("dir/file"), filepath.IsAbs("/dir/file"))
	filename := "config.json"
	ext := filepath.Ext(filename)
	fmt.Println(ext, strings.TrimSuffix(filename, ext))
	rel, err := filepath.Rel("a/b", "a/b/t/file")
	fmt.Println(rel, err)
	rel, err = filepath.Rel("a/b", "a/c/t/file")
	fmt.Println(rel, err)
	_, err = filepath.Rel("/a", "b")
	fmt.Println(err)
	fmt.Println(filepath.Split("/usr/local/go/bin"))
	fmt.Println(filepath.Clean("a/./b/../../c/"), path.Clean(""), path.Join("/", "..", "x"))
	m, _ := filepath.Match("*.go", "main.go")
	m2, err := filepath.Match("[", "x")
	fmt.Println(m, m2, err)
	fmt.Println(filepath.SplitList("/a:/b"), filepath.ToSlash("a/b"), filepath.VolumeName("/x"))
}
