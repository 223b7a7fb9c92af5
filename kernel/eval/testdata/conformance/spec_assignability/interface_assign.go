package main

import (
	"fmt"
	"io"
	"strings"
)

type Named interface{ Name() string }
type T struct{ n string }

func (t T) Name() string { return t.n }

func main() {
	var n Named = T{"t"}
	var a any = n
	fmt.Println(a.(Named).Name())
	var r io.Reader = strings.NewReader("x")
	var a2 any = r
	_, ok := a2.(io.Writer)
	_, ok2 := a2.(io.ByteReader)
	fmt.Println(ok, ok2)
	var n2 Named
	a = n2
	fmt.Println(a == nil)
	n2 = n
	fmt.Println(n2 == n, n2.Name())
}
