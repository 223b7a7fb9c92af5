package main

import "fmt"

func main() {
	xs := []int{5, 6, 7}
	n := len(xs)
	len := n * 2
	fmt.Println(n, len)
}
