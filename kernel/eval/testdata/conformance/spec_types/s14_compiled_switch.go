package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func describe(x any) string {
	switch v := x.(type) {
	case interface{ Len() int }:
		return fmt.Sprintf("%T has Len %d", v, v.Len())
	case io.Writer:
		return fmt.Sprintf("%T is a writer", v)
	case interface{ String() int }:
		return "String() int"
	case fmt.Stringer:
		return fmt.Sprintf("%T is a Stringer: %s", v, v)
	}
	return "nothing"
}

type Name string

func (n Name) String() string { return "name:" + string(n) }

type Odd struct{}

func (Odd) Len(x int) int { return x }

func main() {
	b := bytes.NewBufferString("abc")
	fmt.Println(describe(b))
	fmt.Println(describe(&strings.Builder{}))
	fmt.Println(describe(Name("x")))
	fmt.Println(describe(Odd{}))
	fmt.Println(describe(3))
}
