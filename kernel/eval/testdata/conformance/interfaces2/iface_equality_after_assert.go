package main

import (
	"fmt"
	"io"
)

type key struct{ id int }

func (k key) Read(p []byte) (int, error) { return 0, io.EOF }
func (k key) Close() error               { return nil }

func main() {
	var r io.Reader = key{1}
	c, _ := r.(io.Closer)
	var a any = r
	var b any = c
	fmt.Println(a == b, a == any(key{1}), a == any(key{2}))
	m := map[any]string{a: "one"}
	fmt.Println(m[key{1}], len(m))
}
