package main

import (
	"fmt"
	"strconv"
)

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

type Code string

func (c Code) String() string { return "code:" + string(c) }

type StringInt interface {
	~int
	fmt.Stringer
}

type Labeled interface {
	~int | ~string
	String() string
}

func Show[T StringInt](xs ...T) string {
	out := ""
	for _, x := range xs {
		out += x.String() + fmt.Sprint("(", int(x)+1, ") ")
	}
	return out
}

func Labels[T Labeled](xs []T) []string {
	var r []string
	for _, x := range xs {
		r = append(r, x.String())
	}
	return r
}

type Exact interface{ int }

func Double[T Exact](x T) T { return x * 2 }

func main() {
	fmt.Println(Show(ID(1), ID(2)))
	fmt.Println(Labels([]ID{3}), Labels([]Code{"x", "y"}))
	fmt.Println(Double(21))
}
