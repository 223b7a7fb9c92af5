package main

import "fmt"

func main() {
	xs := make([]int, 2.5)
	fmt.Println(xs)
}
