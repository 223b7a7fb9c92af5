package main

import "fmt"

func main() {
	var dst [3]int
	src := []int{1, 2, 3}
	copy(dst, src)
	fmt.Println(dst)
}
