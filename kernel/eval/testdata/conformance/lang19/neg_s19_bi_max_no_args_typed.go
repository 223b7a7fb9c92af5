package main

import "fmt"

func main() {
	var xs []int
	fmt.Println(max(xs...))
}
