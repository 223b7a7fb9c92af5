package main

import "fmt"

type Shape interface{ Area() float64 }

func main() {
	var v any = "str"
	n, ok := v.(int)
	fmt.Println(n, ok)
	_ = v.(int)
}
