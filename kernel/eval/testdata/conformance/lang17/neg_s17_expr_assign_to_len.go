package main

import "fmt"

func main() {
	s := []int{}
	len(s) = 3
	fmt.Println(s)
}
