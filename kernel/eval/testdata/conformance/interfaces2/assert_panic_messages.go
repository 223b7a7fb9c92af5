package main

import (
	"fmt"
	"io"
)

type only struct{}

func (only) Read(p []byte) (int, error) { return 0, io.EOF }

type Closer interface{ Close() error }

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	var r io.Reader = only{}
	try(func() { _ = r.(io.Closer) })
	try(func() { _ = r.(Closer) })
	_, ok := r.(io.Closer)
	fmt.Println(ok)
}
