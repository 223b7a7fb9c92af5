package main

import "fmt"

func main() {
	xs := []int{1}
	xs = append(xs, "ab"...)
	fmt.Println(xs)
}
