package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	r := bytes.NewReader([]byte("abcdef"))
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, _ := r.Read(buf)
	fmt.Println(n, string(buf[:n]), r.Len())
	r.Seek(1, io.SeekStart)
	all, _ := io.ReadAll(r)
	fmt.Println(string(all))
	orig := []byte("gopher")
	c := bytes.Clone(orig)
	c[0] = 'G'
	fmt.Println(string(orig), string(c))
	fmt.Println(bytes.Clone(nil) == nil)
	x, ok := bytes.CutPrefix([]byte("prefix-body"), []byte("prefix-"))
	fmt.Println(string(x), ok)
	fmt.Println(bytes.ContainsFunc([]byte("abc"), func(r rune) bool { return r == 'c' }))
}
