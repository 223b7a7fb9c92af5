package main

import "fmt"

func Double(x int) int { return 2 * x }

func main() {
	fmt.Println(Double[int](2))
}
