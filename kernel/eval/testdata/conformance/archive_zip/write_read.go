package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"time"
)

func main() {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	files := []struct{ name, body string }{
		{"readme.txt", "This archive contains some text files."},
		{"gopher.txt", "Gopher names:\nGeorge\nGeoffrey\nGonzo"},
		{"dir/todo.txt", "Get animal handling licence."},
	}
	for _, f := range files {
		h := &zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: time.Date(2020, 5, 6, 7, 8, 10, 0, time.UTC)}
		w, err := zw.CreateHeader(h)
		if err != nil {
			fmt.Println(err)
			return
		}
		io.WriteString(w, f.body)
	}
	zw.SetComment("made in a test")
	fmt.Println(zw.Close())
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(zr.Comment, len(zr.File))
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		fmt.Printf("%s %d %d %q %v\n", f.Name, f.UncompressedSize64, f.Method, b[:10], f.Modified.UTC())
	}
}
