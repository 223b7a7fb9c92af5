package main

import (
	"errors"
	"fmt"
)

var ErrBad = errors.New("bad input")

func parse() {
	defer func() {
		r := recover()
		fmt.Println("log:", r)
		panic(r)
	}()
	panic(ErrBad)
}

func main() {
	defer fmt.Println("main's deferred call")
	parse()
}
