package main

import "fmt"

func main() {
	xs := []int{1, 2, 3}
	fmt.Println(xs[2:1])
}
