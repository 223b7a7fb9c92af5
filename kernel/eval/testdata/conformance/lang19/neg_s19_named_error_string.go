package main

import (
	"errors"
	"fmt"
)

type Msg string

func main() {
	var m Msg = "boom"
	err := errors.New(m)
	fmt.Println(err)
}
