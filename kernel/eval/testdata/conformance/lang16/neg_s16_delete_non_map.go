package main

import "fmt"

func main() {
	xs := []int{1}
	delete(xs, 0)
	fmt.Println(xs)
}
