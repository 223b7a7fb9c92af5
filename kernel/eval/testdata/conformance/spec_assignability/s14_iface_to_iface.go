package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type RW interface {
	io.Reader
	io.Writer
}

type file struct{ strings.Builder }

func (f *file) Read(p []byte) (int, error) { return 0, io.EOF }

func main() {
	var rw RW = &file{}
	var w io.Writer = rw // wider to narrower: assignable
	fmt.Fprint(w, "hello")
	var r io.Reader = rw
	_, err := r.Read(nil)
	fmt.Println(err)
	back, ok := w.(RW)
	fmt.Println(ok, back != nil)
	_, ok = w.(io.ReadWriteCloser)
	fmt.Println(ok)
	var stdout io.Writer = (*os.File)(nil) // a typed nil: only its type matters
	_, ok = stdout.(io.ReadWriteCloser)
	fmt.Println("stdout rwc:", ok)
	_, ok = stdout.(interface{ Fd() uintptr })
	fmt.Println("stdout Fd:", ok)
	_, ok = stdout.(interface{ Fd() int })
	fmt.Println("stdout Fd int:", ok)
	fmt.Println(rw.(*file).String())
}
