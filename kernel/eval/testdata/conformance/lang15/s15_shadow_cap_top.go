package main

import "fmt"

func main() {
	xs := make([]int, 2, 5)
	cap := cap(xs)
	fmt.Println(cap * 2)
}
