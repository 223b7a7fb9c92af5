package main

import "fmt"

func main() {
	s := []int{}
	s = append(s, "x")
	fmt.Println(s)
}
