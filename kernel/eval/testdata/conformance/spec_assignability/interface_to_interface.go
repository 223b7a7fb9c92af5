package main

import (
	"fmt"
	"io"
	"strings"
)

type ReadCloser interface {
	io.Reader
	Close() error
}

type file struct{ *strings.Reader }

func (file) Close() error { fmt.Println("closed"); return nil }

func main() {
	var rc ReadCloser = file{strings.NewReader("data")}
	var r io.Reader = rc // a wider interface to a narrower one
	b, _ := io.ReadAll(r)
	fmt.Println(string(b))
	var c io.Closer = rc
	c.Close()
	var e any = r
	if _, ok := e.(io.Closer); ok {
		fmt.Println("dynamic type still has Close")
	}
}
