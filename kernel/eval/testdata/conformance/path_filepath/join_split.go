package main

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	fmt.Println(filepath.Join("a", "b", "c"))
	fmt.Println(filepath.Join("a", "b/c"))
	fmt.Println(filepath.Join("a/b", "../../../xyz"))
	fmt.Println(filepath.Join("", ""), filepath.Join("/", "x"))
	dir, file := filepath.Split("/home/arnie/amelia.jpg")
	fmt.Printf("%q %q\n", dir, file)
	fmt.Println(filepath.Base("/foo/bar/baz.js"), filepath.Dir("/foo/bar/baz.js"), filepath.Ext("index.tar.gz"))
	fmt.Println(filepath.IsAbs("/home/gopher"), filepath.IsAbs(".bashrc"))
	fmt.Println(filepath.Clean("a//b/./c/.."), filepath.Clean(""))
	rel, err := filepath.Rel("/a", "/a/b/c")
	fmt.Println(rel, err)
	rel, err = filepath.Rel("/a", "/b/c")
	fmt.Println(rel, err)
	_, err = filepath.Rel("/a", "./b/c")
	fmt.Println(err)
	m, _ := filepath.Match("*.go", "main.go")
	m2, _ := filepath.Match("a/[b-d]?/*", "a/cx/file")
	_, err = filepath.Match("[", "x")
	fmt.Println(m, m2, err)
	fmt.Println(filepath.SplitList("/a/bin:/b/bin"))
	fmt.Println(strings.TrimSuffix("report.csv", filepath.Ext("report.csv")))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("x/y"), filepath.VolumeName("/x"))
	fmt.Println(path.Join("x", "../y"), path.Base(""), path.Dir("a/b/"), path.IsAbs("/x"))
}
