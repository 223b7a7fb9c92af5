package main

import "fmt"

func main() {
	var m map[[2][]int]int
	fmt.Println(m)
}
