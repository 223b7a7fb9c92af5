package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
)

func compress(level int, s string) int {
	var b bytes.Buffer
	w, err := gzip.NewWriterLevel(&b, level)
	if err != nil {
		fmt.Println("level", level, err)
		return -1
	}
	io.WriteString(w, s)
	w.Close()
	return b.Len()
}

func main() {
	s := strings.Repeat("abcdefgh", 500)
	fmt.Println(compress(gzip.NoCompression, s) > compress(gzip.BestCompression, s))
	compress(42, s)
	_, err := gzip.NewReader(strings.NewReader("not gzip data"))
	fmt.Println(err, err == gzip.ErrHeader)
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte("hello"))
	w.Close()
	data := b.Bytes()
	r, _ := gzip.NewReader(bytes.NewReader(data[:len(data)-4]))
	_, err = io.ReadAll(r)
	fmt.Println(err)
}
