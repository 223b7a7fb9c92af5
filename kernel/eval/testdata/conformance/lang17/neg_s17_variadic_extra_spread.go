package main

import "fmt"

func sum(xs ...int) int { return len(xs) }

func main() {
	s := []int{1}
	fmt.Println(sum(1, s...))
}
