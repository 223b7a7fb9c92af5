package main

import (
	"fmt"
	"io"
	"io/fs"
	"strings"
	"testing/fstest"
)

type upperFS struct{ base fs.FS }

func (u upperFS) Open(name string) (fs.File, error) {
	f, err := u.base.Open(name)
	if err != nil {
		return nil, err
	}
	return upperFile{f}, nil
}

type upperFile struct{ fs.File }

func (f upperFile) Read(p []byte) (int, error) {
	n, err := f.File.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

func main() {
	base := fstest.MapFS{"greet.txt": {Data: []byte("hello there")}}
	var fsys fs.FS = upperFS{base}
	f, err := fsys.Open("greet.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := io.ReadAll(f)
	fmt.Println(string(b))
	data, err := fs.ReadFile(fsys, "greet.txt")
	fmt.Println(string(data), err)
	_, err = fsys.Open("nope.txt")
	fmt.Println(err)
}
