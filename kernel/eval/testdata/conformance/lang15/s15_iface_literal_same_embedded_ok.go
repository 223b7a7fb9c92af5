package main

import (
	"fmt"
	"io"
	"strings"
)

type A interface{ M() int }
type B interface{ M() int }

type impl struct{}

func (impl) M() int { return 7 }

func main() {
	var rc interface {
		io.ReadCloser
		io.ReadWriter
	}
	fmt.Println(rc == nil)
	var ab interface {
		A
		B
	} = impl{}
	fmt.Println(ab.M())
	var r interface {
		io.Reader
		Read(p []byte) (int, error)
	} = strings.NewReader("hi")
	buf := make([]byte, 2)
	n, _ := r.Read(buf)
	fmt.Println(n, string(buf))
}
