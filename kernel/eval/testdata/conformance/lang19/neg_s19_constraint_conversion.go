package main

import "fmt"

type Num interface{ ~int | ~float64 }

func main() {
	x := Num(3)
	fmt.Println(x)
}
