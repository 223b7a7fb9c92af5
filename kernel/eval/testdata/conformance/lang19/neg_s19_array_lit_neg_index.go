package main

import "fmt"

func main() {
	xs := []int{-1: 5}
	fmt.Println(xs)
}
