package main

import "fmt"

func main() {
	x := 3
	v, ok := x.(int)
	fmt.Println(v, ok)
}
