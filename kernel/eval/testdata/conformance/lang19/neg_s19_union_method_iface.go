package main

import (
	"fmt"
)

type C interface{ int | fmt.Stringer }

func f[T C](x T) {}

func main() {
	fmt.Println("x")
}
