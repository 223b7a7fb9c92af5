package main

import (
	"fmt"
)

type R interface{ Read() string }

type RW interface {
	R
	Read() int
}

func main() {
	var x RW
	fmt.Println(x)
}
