package main

import "fmt"

type Closer interface{ Close() error }

type file struct{}

func (f *file) Close() error { return nil }

type wrapper struct{ file }

func main() {
	var c Closer = wrapper{}
	fmt.Println(c.Close())
}
