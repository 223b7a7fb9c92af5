package main

import (
	"fmt"
	"io"
	"strings"
)

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}
func (u upper) Close() error { return nil }

func as[T any](x any) (T, bool) {
	v, ok := x.(T)
	return v, ok
}

func main() {
	var r io.Reader = upper{strings.NewReader("shout")}
	c, ok := as[io.Closer](r)
	fmt.Println(ok, c != nil)
	u, ok := as[upper](r)
	fmt.Println(ok)
	b, _ := io.ReadAll(u)
	fmt.Println(string(b))
}
