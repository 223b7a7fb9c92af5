package main

import "fmt"

type Sizer interface{ Size() int }

type File struct{}

func (f File) Size() int64 { return 1 }

func Total[T Sizer](xs ...T) int {
	n := 0
	for _, x := range xs {
		n += x.Size()
	}
	return n
}

func main() {
	fmt.Println(Total(File{}))
}
