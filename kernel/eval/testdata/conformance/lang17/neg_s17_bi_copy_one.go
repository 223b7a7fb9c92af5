package main

import "fmt"

func main() {
	a := []int{1}
	copy(a)
	fmt.Println(a)
}
