package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"fmt"
	"io"
	"strings"
	"time"
)

func main() {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Name = "notes.txt"
	zw.Comment = "a comment"
	zw.ModTime = time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	text := strings.Repeat("the quick brown fox jumps over the lazy dog\n", 50)
	n, err := zw.Write([]byte(text))
	fmt.Println(n, err)
	fmt.Println(zw.Close())
	fmt.Println("compressed smaller:", buf.Len() < len(text))
	fmt.Printf("%x\n", sha256.Sum256(buf.Bytes()))
	zr, err := gzip.NewReader(&buf)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(zr.Name, zr.Comment, zr.ModTime.UTC())
	out, err := io.ReadAll(zr)
	fmt.Println(len(out), err, string(out) == text)
	fmt.Println(zr.Close())
}
