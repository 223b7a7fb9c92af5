package main

import "fmt"

type Number interface{ ~int | ~float64 }

func Double[T Number](x T) T { return x * 2 }

func main() {
	fmt.Println(Double[string]("a"))
}
