package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(string) }
type ReadWriter interface {
	Reader
	Writer
}
type Closer interface{ Close() }
type RWC interface {
	ReadWriter
	Closer
	Read() string // repeated method with the identical signature
}

type buf struct{ sb strings.Builder }

func (b *buf) Read() string   { return b.sb.String() }
func (b *buf) Write(s string) { b.sb.WriteString(s) }
func (b *buf) Close()         { fmt.Println("close:", b.sb.Len()) }

func main() {
	var x RWC = &buf{}
	x.Write("hello ")
	var w Writer = x
	w.Write("world")
	var rw ReadWriter = x
	fmt.Println(rw.Read())
	x.Close()
	var r Reader = rw
	_, isCloser := r.(Closer)
	fmt.Println(isCloser)
}
