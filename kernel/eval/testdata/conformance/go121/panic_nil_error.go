package main

import (
	"fmt"
)

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T\n", r)
		fmt.Println(r)
	}()
	var v any
	panic(v)
}
