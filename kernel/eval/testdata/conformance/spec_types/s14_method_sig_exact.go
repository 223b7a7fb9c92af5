package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type T struct{}

func (T) M(x int) { fmt.Println("M(int)", x) }

type U struct{}

func (U) M() { fmt.Println("M()") }

type I interface{ M() }
type J interface{ M(int) }

type W struct{ bytes.Buffer }

func main() {
	var a any = T{}
	_, ok := a.(I)
	fmt.Println("T is I:", ok)
	_, ok = a.(J)
	fmt.Println("T is J:", ok)
	var b any = U{}
	_, ok = b.(J)
	fmt.Println("U is J:", ok)
	_, ok = b.(I)
	fmt.Println("U is I:", ok)
	switch a.(type) {
	case interface{ M() }:
		fmt.Println("wrong branch")
	default:
		fmt.Println("other branch")
	}
	switch b.(type) {
	case interface{ M(int) }:
		fmt.Println("wrong branch")
	case interface{ M() }:
		fmt.Println("right branch")
	}
	var w any = &W{}
	_, ok = w.(io.Writer)
	fmt.Println("*W is io.Writer:", ok)
	_, ok = w.(interface{ Write(string) })
	fmt.Println("*W is Write(string):", ok)
	_, ok = w.(interface{ WriteString(string) (int, error) })
	fmt.Println("*W is WriteString:", ok)
	var sb any = &strings.Builder{}
	_, ok = sb.(interface{ WriteString(string) (int, error) })
	fmt.Println("*Builder WriteString:", ok)
	_, ok = sb.(interface{ WriteString(int) (int, error) })
	fmt.Println("*Builder WriteString(int):", ok)
	_, ok = sb.(interface{ Len() int })
	fmt.Println("*Builder Len:", ok)
	var bb any = bytes.Buffer{} // a compiled struct value held by an any
	_, ok = bb.(interface{ Len() int })
	fmt.Println("Buffer Len:", ok)
	_, ok = bb.(io.Writer)
	fmt.Println("Buffer io.Writer:", ok)
	var iv I = U{}
	var e any = iv
	_, ok = e.(J)
	fmt.Println("I value as J:", ok)
	type K interface {
		M()
		N()
	}
	_, ok = e.(K)
	fmt.Println("as K:", ok)
}
