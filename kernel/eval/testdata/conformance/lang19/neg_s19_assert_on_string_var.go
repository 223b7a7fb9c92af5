package main

import "fmt"

func main() {
	s := "x"
	n := s.(int)
	fmt.Println(n)
}
