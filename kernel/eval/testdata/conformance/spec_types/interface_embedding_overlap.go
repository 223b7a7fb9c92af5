package main

import (
	"fmt"
	"io"
	"strings"
)

type Reader interface{ Read(p []byte) (int, error) }
type ReadStringer interface {
	Reader
	fmt.Stringer
}

type src struct{ r io.Reader }

func (s src) Read(p []byte) (int, error) { return s.r.Read(p) }
func (s src) String() string             { return "src" }

func main() {
	var rs ReadStringer = src{strings.NewReader("data")}
	b, _ := io.ReadAll(rs)
	fmt.Println(string(b), rs.String(), rs)
	var r Reader = rs
	_, ok := r.(fmt.Stringer)
	fmt.Println(ok)
}
