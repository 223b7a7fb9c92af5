package main

import "fmt"

const n = len([]int{1, 2, 3})

func main() {
	fmt.Println(n)
}
