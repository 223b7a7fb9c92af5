package main

import "fmt"

func main() {
	a := []int{1}
	b := []int{2}
	fmt.Println(a + b)
}
