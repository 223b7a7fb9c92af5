package main

import (
	"fmt"
	"io"
)

type file struct{ name string }

func (f *file) Read(p []byte) (int, error) { return 0, io.EOF }
func (f *file) Close() error               { fmt.Println("close", f.name); return nil }
func (f *file) String() string             { return "file " + f.name }

func main() {
	var r io.Reader = &file{"a"}
	if c, ok := r.(io.Closer); ok {
		c.Close()
	}
	rc, ok := r.(io.ReadCloser)
	fmt.Println(ok, rc != nil)
	s, ok := r.(fmt.Stringer)
	fmt.Println(ok, s.String())
	_, ok = r.(io.Writer)
	fmt.Println("writer:", ok)
	f, ok := r.(*file)
	fmt.Println(ok, f.name)
}
