package main

import (
	"fmt"
	"io"
	"reflect"
	"strings"
)

// A capability matrix, as a plugin host prints it: which of the program's
// types (values and pointers) implement which interfaces (the program's own
// and the standard library's), with reflect.TypeFor and Implements.

type Reader interface{ Read(p []byte) (int, error) }

type Namer interface{ Name() string }

type Closer interface{ Close() error }

type NamedReadCloser interface {
	Namer
	Reader
	Closer
}

type file struct {
	name string
	r    *strings.Reader
}

func (f *file) Read(p []byte) (int, error) { return f.r.Read(p) }
func (f *file) Close() error               { return nil }
func (f file) Name() string                { return f.name }

type label string

func (l label) Name() string { return string(l) }

type buffer []byte

func (b *buffer) Read(p []byte) (int, error) {
	n := copy(p, *b)
	*b = (*b)[n:]
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

func main() {
	ifaces := []reflect.Type{
		reflect.TypeFor[Reader](),
		reflect.TypeFor[Namer](),
		reflect.TypeFor[Closer](),
		reflect.TypeFor[NamedReadCloser](),
		reflect.TypeFor[io.Reader](),
		reflect.TypeFor[io.ReadCloser](),
		reflect.TypeFor[fmt.Stringer](),
	}
	types := []reflect.Type{
		reflect.TypeOf(file{}), reflect.TypeOf(&file{}),
		reflect.TypeOf(label("")), reflect.TypeOf(new(label)),
		reflect.TypeOf(buffer{}), reflect.TypeOf(&buffer{}),
	}
	fmt.Printf("%-10s", "")
	for _, it := range ifaces {
		fmt.Printf(" %-20s", it)
	}
	fmt.Println()
	for _, t := range types {
		fmt.Printf("%-10s", t)
		for _, it := range ifaces {
			fmt.Printf(" %-20v", t.Implements(it))
		}
		fmt.Println()
	}
	for _, it := range ifaces[:4] {
		var ms []string
		for i := 0; i < it.NumMethod(); i++ {
			ms = append(ms, it.Method(i).Name)
		}
		fmt.Println(it.Name(), it.Kind(), ms, it.Implements(ifaces[4]), reflect.TypeFor[io.Reader]().Implements(it))
	}

	var rc NamedReadCloser = &file{"a.txt", strings.NewReader("hello")}
	data, err := io.ReadAll(rc)
	fmt.Println(rc.Name(), string(data), err, rc.Close())
	b := buffer("abc")
	var r Reader = &b
	data, _ = io.ReadAll(r.(io.Reader))
	fmt.Println(string(data), len(b))
}
