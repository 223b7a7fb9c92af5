package main

import (
	"errors"
	"fmt"
)

func a() {
	defer func() {
		r := recover()
		panic(fmt.Sprint("again ", r))
	}()
	panic("first")
}

func main() {
	defer func() { panic(errors.New("third")) }()
	a()
}
