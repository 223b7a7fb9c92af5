package main

import "fmt"

func main() {
	xs := []int{1}
	append(xs, 2)
	fmt.Println(xs)
}
