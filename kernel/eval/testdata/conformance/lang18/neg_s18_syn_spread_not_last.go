package main

import "fmt"

func main() {
	s := []int{1}
	s = append(s, s..., 2)
	fmt.Println(s)
}
