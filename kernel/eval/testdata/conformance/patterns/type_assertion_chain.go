package main

import (
	"fmt"
	"io"
	"strings"
)

type Closer interface{ Close() error }

type file struct {
	name   string
	closed bool
}

func (f *file) Read(p []byte) (int, error) { return 0, io.EOF }
func (f *file) Close() error {
	if f.closed {
		return fmt.Errorf("%s: already closed", f.name)
	}
	f.closed = true
	return nil
}
func (f *file) String() string { return "file(" + f.name + ")" }

func closeIfPossible(x any) string {
	if c, ok := x.(Closer); ok {
		if err := c.Close(); err != nil {
			return "error: " + err.Error()
		}
		return "closed"
	}
	return fmt.Sprintf("not closable: %T", x)
}

func main() {
	f := &file{name: "a.txt"}
	var r io.Reader = f
	fmt.Println(closeIfPossible(r), closeIfPossible(f), closeIfPossible(strings.NewReader("x")))
	if s, ok := r.(fmt.Stringer); ok {
		fmt.Println(s.String(), s)
	}
	rc, ok := r.(io.ReadCloser)
	fmt.Println(ok, rc != nil)
	var x any = 42
	if n, ok := x.(int); ok && n > 40 {
		fmt.Println("big int", n)
	}
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = x.(fmt.Stringer)
	}()
}
