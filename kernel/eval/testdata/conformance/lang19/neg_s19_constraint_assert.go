package main

import "fmt"

type Num interface{ ~int | ~float64 }

func main() {
	var a any = 3
	n, ok := a.(Num)
	fmt.Println(n, ok)
}
