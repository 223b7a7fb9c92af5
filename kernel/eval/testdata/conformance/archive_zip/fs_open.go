package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io/fs"
)

func main() {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range []string{"a/one.txt", "a/two.txt", "b/three.txt", "top.txt"} {
		w, _ := zw.Create(n)
		fmt.Fprintf(w, "content of %s", n)
	}
	zw.Close()
	zr, _ := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	fs.WalkDir(zr, ".", func(p string, d fs.DirEntry, err error) error {
		fmt.Println(p, d.IsDir())
		return nil
	})
	data, err := fs.ReadFile(zr, "b/three.txt")
	fmt.Println(string(data), err)
	_, err = zr.Open("missing.txt")
	fmt.Println(err)
	m, _ := fs.Glob(zr, "a/*.txt")
	fmt.Println(m)
}
