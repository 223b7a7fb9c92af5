package main

import "fmt"

func main() {
	dst := make([]int, 3)
	n := copy(dst, "abc")
	fmt.Println(n)
}
