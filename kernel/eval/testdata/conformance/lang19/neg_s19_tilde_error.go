package main

import "fmt"

type C interface{ ~error }

func f[T C](x T) string { return x.Error() }

func main() {
	fmt.Println("x")
}
