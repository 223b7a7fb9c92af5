package main

import "fmt"

func main() {
	s := []int{}
	append(s, 1)
	fmt.Println(s)
}
