package main

import (
	"fmt"
	"io"
)

type T struct{ s string }

func (t T) Read(p []byte) (int, error) { return 0, io.EOF }
func (t *T) Close() error              { return nil }

func main() {
	var r io.Reader = T{"v"}
	_, ok := r.(io.Closer)
	fmt.Println("value has Close:", ok)
	var rp io.Reader = &T{"p"}
	_, ok = rp.(io.Closer)
	fmt.Println("pointer has Close:", ok)
	switch rp.(type) {
	case io.ReadCloser:
		fmt.Println("ReadCloser")
	default:
		fmt.Println("not")
	}
}
