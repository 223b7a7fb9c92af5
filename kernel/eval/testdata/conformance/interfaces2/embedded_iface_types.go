package main

import (
	"fmt"
	"io"
	"strings"
)

type ReadSeekNamer interface {
	io.ReadSeeker
	Name() string
}

type named struct {
	*strings.Reader
	name string
}

func (n named) Name() string { return n.name }

func main() {
	var rsn ReadSeekNamer = named{strings.NewReader("abcdef"), "letters"}
	var rs io.ReadSeeker = rsn
	rs.Seek(2, io.SeekStart)
	var r io.Reader = rs
	b := make([]byte, 2)
	r.Read(b)
	fmt.Println(string(b))
	back, ok := r.(ReadSeekNamer)
	fmt.Println(ok, back.Name())
	_, ok = r.(io.WriterTo)
	fmt.Println("WriterTo:", ok)
	_, ok = r.(io.Writer)
	fmt.Println("Writer:", ok)
}
