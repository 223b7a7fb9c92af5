package main

import "fmt"

func main() {
	xs := make([]int, -1)
	fmt.Println(xs)
}
