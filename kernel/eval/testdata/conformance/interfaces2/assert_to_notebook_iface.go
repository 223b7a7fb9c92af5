package main

import (
	"fmt"
	"io"
	"strings"
)

type Named interface{ Name() string }

type Sizer interface {
	Size() int64
	Name() string
}

type doc struct {
	*strings.Reader
	title string
}

func (d doc) Name() string { return d.title }

func main() {
	var r io.Reader = doc{strings.NewReader("hello"), "greeting"}
	n, ok := r.(Named)
	fmt.Println(ok, n.Name())
	s, ok := r.(Sizer)
	fmt.Println(ok, s.Size(), s.Name())
	_, ok = r.(interface{ Missing() })
	fmt.Println(ok)
	b, _ := io.ReadAll(r)
	fmt.Println(string(b))
}
