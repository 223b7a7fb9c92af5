// An io.Reader interface embedded beside fields: promoted Read, the struct
// satisfies io.Reader, reflect says embedded.
package main

import (
	"fmt"
	"io"
	"reflect"
	"strings"
)

type Counting struct {
	io.Reader
	N int
}

func (c *Counting) Read(p []byte) (int, error) {
	n, err := c.Reader.Read(p)
	c.N += n
	return n, err
}

type Plain struct {
	io.Reader
	Name string
}

func main() {
	c := &Counting{Reader: strings.NewReader("hello world")}
	b, _ := io.ReadAll(c)
	fmt.Println(string(b), c.N)
	p := Plain{Reader: strings.NewReader("abc"), Name: "p"}
	b, _ = io.ReadAll(p)
	fmt.Println(string(b), p.Name)
	t := reflect.TypeOf(p)
	fmt.Println(t.Field(0).Name, t.Field(0).Anonymous, t.Field(0).Type)
	var r io.Reader = p
	_, ok := r.(io.Writer)
	fmt.Println(ok)
}
