package main

import "fmt"

func sum(xs ...int) int { return len(xs) }

func main() {
	s := []string{"a"}
	fmt.Println(sum(s...))
}
