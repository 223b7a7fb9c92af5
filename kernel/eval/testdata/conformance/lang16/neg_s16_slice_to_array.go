package main

import "fmt"

func main() {
	s := []int{1, 2}
	var a [2]int = s
	fmt.Println(a)
}
