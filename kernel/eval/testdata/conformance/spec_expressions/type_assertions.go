package main

import (
	"fmt"
	"io"
	"strings"
)

type Named interface{ Name() string }
type dog struct{}

func (dog) Name() string { return "dog" }

func main() {
	var x any = 7
	i := x.(int)
	s, ok := x.(string)
	fmt.Println(i, s == "", ok)
	var r io.Reader = strings.NewReader("abc")
	if ws, ok := r.(io.WriterTo); ok {
		fmt.Printf("WriterTo %T\n", ws)
	}
	var a any = dog{}
	if n, ok := a.(Named); ok {
		fmt.Println(n.Name())
	}
	_, ok = a.(fmt.Stringer)
	fmt.Println(ok)
}
