package main

import "fmt"

func two(a, b int) int { return a + b }

func main() {
	s := []int{1, 2}
	fmt.Println(two(s...))
}
