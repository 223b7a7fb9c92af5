package main

import "fmt"

func main() {
	xs := []int{}
	xs = append(xs, "a")
	fmt.Println(xs)
}
