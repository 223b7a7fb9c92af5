package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
)

func main() {
	var all bytes.Buffer
	for _, part := range []string{"first part;", "second part;", "third"} {
		w := gzip.NewWriter(&all)
		w.Write([]byte(part))
		w.Close()
	}
	r, _ := gzip.NewReader(&all)
	out, _ := io.ReadAll(r)
	fmt.Println(string(out))

	pr, pw := io.Pipe()
	go func() {
		w := gzip.NewWriter(pw)
		for i := 0; i < 5; i++ {
			fmt.Fprintf(w, "line %d\n", i)
		}
		w.Close()
		pw.Close()
	}()
	zr, err := gzip.NewReader(pr)
	if err != nil {
		fmt.Println(err)
		return
	}
	data, err := io.ReadAll(zr)
	fmt.Print(string(data))
	fmt.Println(err)
}
