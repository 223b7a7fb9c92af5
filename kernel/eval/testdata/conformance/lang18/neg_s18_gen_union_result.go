package main

import "fmt"

type Num interface{ ~int | ~float64 }

func Zero() Num { return nil }

func main() {
	fmt.Println("x")
}
