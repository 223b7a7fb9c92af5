package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("got:", r)
		panic(fmt.Sprintf("re-panic of %v", r))
	}()
	panic(errors.New("original"))
}
