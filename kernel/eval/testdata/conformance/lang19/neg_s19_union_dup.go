package main

import "fmt"

type C interface{ string | int | string }

func f[T C](x T) T { return x }

func main() {
	fmt.Println(f(1))
}
