package main

import "fmt"

type Reader interface{ Read() string }
type Closer interface{ Close() error }
type ReadCloser interface {
	Reader
	Closer
}
type ReadCloser2 interface {
	Read() string
	ReadCloser // overlapping Read: allowed since Go 1.14
}

type file struct{ name string }

func (f *file) Read() string { return "data from " + f.name }
func (f *file) Close() error { return nil }

func use(r Reader) string {
	if c, ok := r.(Closer); ok {
		defer c.Close()
		return r.Read() + " (closed)"
	}
	return r.Read()
}

func main() {
	var rc ReadCloser2 = &file{"a.txt"}
	fmt.Println(rc.Read(), rc.Close())
	var r Reader = rc
	fmt.Println(use(r))
	var rc1 ReadCloser = rc
	fmt.Println(rc1 == rc)
	_, ok := interface{}(file{}).(Reader)
	fmt.Println(ok)
	fmt.Printf("%T\n", r)
}
