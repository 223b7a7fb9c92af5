package main

import (
	"fmt"
	"reflect"
)

type Reader interface{ Read() string }

type Writer interface{ Write(s string) int }

type ReadWriter interface {
	Reader
	Writer
	Close() error
}

type File struct{ data string }

func (f *File) Read() string       { return f.data }
func (f *File) Write(s string) int { f.data += s; return len(s) }
func (f *File) Close() error       { return nil }

type RO struct{}

func (RO) Read() string { return "" }

func main() {
	rw := reflect.TypeOf((*ReadWriter)(nil)).Elem()
	r := reflect.TypeOf((*Reader)(nil)).Elem()
	w := reflect.TypeOf((*Writer)(nil)).Elem()
	fmt.Println(rw.NumMethod(), r.NumMethod(), w.NumMethod())
	for i := 0; i < rw.NumMethod(); i++ {
		fmt.Println(rw.Method(i).Name, rw.Method(i).Type)
	}
	fmt.Println(rw.Implements(r), rw.Implements(w), r.Implements(rw), w.Implements(r))
	for _, v := range []any{&File{}, File{}, RO{}} {
		t := reflect.TypeOf(v)
		fmt.Println(t, t.Implements(rw), t.Implements(r), t.Implements(w))
	}
}
