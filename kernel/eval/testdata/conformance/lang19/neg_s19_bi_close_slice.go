package main

import "fmt"

func main() {
	xs := []int{1}
	close(xs)
	fmt.Println(xs)
}
