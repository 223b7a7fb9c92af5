package main

import "fmt"

func main() {
	var xs []int
	defer append(xs, 1)
	fmt.Println(xs)
}
