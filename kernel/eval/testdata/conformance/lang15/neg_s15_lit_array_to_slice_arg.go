package main

import "fmt"

func sum(xs []int) int { return len(xs) }

func main() {
	fmt.Println(sum([3]int{1, 2, 3}))
}
