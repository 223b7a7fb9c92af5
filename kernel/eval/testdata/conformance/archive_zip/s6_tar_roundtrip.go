package main

import (
	"archive/tar"
	"bytes"
	"fmt"
	"io"
	"time"
)

func main() {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	files := []struct{ Name, Body string }{
		{"readme.txt", "This archive contains some text files."},
		{"gopher.txt", "Gopher names:\nGeorge\nGeoffrey\nGonzo"},
		{"todo.txt", "Get animal handling license."},
	}
	for _, file := range files {
		hdr := &tar.Header{Name: file.Name, Mode: 0600, Size: int64(len(file.Body)), ModTime: time.Unix(1600000000, 0)}
		if err := tw.WriteHeader(hdr); err != nil {
			fmt.Println(err)
			return
		}
		tw.Write([]byte(file.Body))
	}
	fmt.Println(tw.Close(), buf.Len())
	tr := tar.NewReader(&buf)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		b, _ := io.ReadAll(tr)
		fmt.Printf("%s %d %o %v: %q\n", hdr.Name, hdr.Size, hdr.Mode, hdr.ModTime.UTC(), b[:8])
	}
}
