package main

import (
	"fmt"
	"strconv"
)

type StringableInt interface {
	~int
	String() string
}

type Port int

func (p Port) String() string { return ":" + strconv.Itoa(int(p)) }

func Render[T StringableInt](xs []T) []string {
	out := []string{}
	for _, x := range xs {
		if x > 1000 {
			out = append(out, x.String())
		}
	}
	return out
}

type Sized interface{ Size() int }

type File struct {
	name string
	size int
}

func (f File) Size() int { return f.size }

func TotalSize[T Sized](xs ...T) (n int) {
	for _, x := range xs {
		n += x.Size()
	}
	return
}

func main() {
	fmt.Println(Render([]Port{80, 8080, 443, 9090}))
	fmt.Println(TotalSize(File{"a", 10}, File{"b", 32}))
	fmt.Println(TotalSize[File]())
}
