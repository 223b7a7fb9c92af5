package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type File struct {
	name   string
	buf    strings.Builder
	closed bool
}

func createFile(p string) *File {
	fmt.Println("creating", p)
	return &File{name: p}
}

func writeFile(f *File) {
	fmt.Println("writing")
	fmt.Fprintln(&f.buf, "data")
}

func closeFile(f *File) {
	fmt.Println("closing")
	f.closed = true
}

func mayPanic() {
	panic("a problem")
}

func readAll(r io.Reader) (n int, err error) {
	defer func() {
		if rec := recover(); rec != nil {
			err = fmt.Errorf("recovered: %v", rec)
		}
	}()
	b, err := io.ReadAll(r)
	if len(b) > 3 {
		panic(errors.New("too long"))
	}
	return len(b), err
}

func main() {
	f := createFile("/tmp/defer.txt")
	defer closeFile(f)
	writeFile(f)
	fmt.Printf("%q %v\n", f.buf.String(), f.closed)
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("Recovered. Error:\n", r)
			}
		}()
		mayPanic()
		fmt.Println("After mayPanic()")
	}()
	fmt.Println(readAll(strings.NewReader("ab")))
	fmt.Println(readAll(strings.NewReader("abcdef")))
	for i := range 3 {
		defer fmt.Println("deferred", i)
	}
}
