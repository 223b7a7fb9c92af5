package main

import "fmt"

func main() {
	a := []int{1}
	b := []string{"a"}
	copy(a, b)
	fmt.Println(a)
}
