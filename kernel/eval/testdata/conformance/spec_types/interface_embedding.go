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

type rc struct{ *strings.Reader }

func (rc) Close() error { fmt.Println("closed"); return nil }

func main() {
	var r ReadCloser = rc{strings.NewReader("hello")}
	b, _ := io.ReadAll(r)
	fmt.Println(string(b))
	r.Close()
	_, isWriter := r.(io.Writer)
	fmt.Println(isWriter)
}
