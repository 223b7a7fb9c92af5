package main

import "fmt"

func main() {
	xs := []int{5: 1, 2, 6: 3}
	fmt.Println(xs)
}
