package main

import "fmt"

type code int

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%v %T\n", r, r)
		panic(fmt.Sprintf("again: %v", r))
	}()
	panic(code(7))
}
