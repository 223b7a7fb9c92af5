package main

import (
	"fmt"
	"strings"
)

type Reader interface {
	Read(p []byte) (n int, err error)
	Close() error
}

type Writer interface {
	Write(p []byte) (n int, err error)
	Close() error
}

type ReadWriter interface {
	Reader
	Writer
}

type buf struct{ strings.Builder }

func (b *buf) Read(p []byte) (int, error) { return copy(p, b.String()), nil }
func (b *buf) Close() error               { return nil }

type Locker interface {
	Lock()
	Unlock()
}

type File interface {
	ReadWriter
	Locker
	Close() error
}

func main() {
	var rw ReadWriter = &buf{}
	rw.Write([]byte("data"))
	p := make([]byte, 8)
	n, _ := rw.Read(p)
	fmt.Println(n, string(p[:n]), rw.Close())
	var r Reader = rw
	_, isFile := r.(File)
	fmt.Println(isFile)
	fmt.Printf("%T\n", r)
}
