package main

import (
	"fmt"
	"io"
)

type nilReader struct{}

func (*nilReader) Read(p []byte) (int, error) { return 0, io.EOF }
func (*nilReader) Close() error               { return nil }

func main() {
	var p *nilReader
	var r io.Reader = p
	fmt.Println(r == nil, r != nil)
	c, ok := r.(io.Closer)
	fmt.Println(ok, c != nil)
	var r2 io.Reader
	_, ok = r2.(io.Closer)
	fmt.Println(ok)
}
