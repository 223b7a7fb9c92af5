package main

import "fmt"

type reason string

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		panic(r)
	}()
	panic(reason("overheated"))
}
