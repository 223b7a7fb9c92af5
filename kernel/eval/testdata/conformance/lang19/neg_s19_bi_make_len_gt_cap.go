package main

import "fmt"

func main() {
	xs := make([]int, 10, 5)
	fmt.Println(xs)
}
