package main

import "fmt"

type Num interface{ int | float64 }

func main() {
	var xs []Num
	fmt.Println(xs)
}
