package main

import "fmt"

func main() {
	s := []int("abc")
	fmt.Println(s)
}
