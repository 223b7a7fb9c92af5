package main

import "fmt"

func main() {
	a := []int{1}
	b := []int{2}
	a = append(a, b)
	fmt.Println(a)
}
