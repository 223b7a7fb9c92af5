package main

import (
	"fmt"
	"runtime"
)

func fact(n int, lines *[]int) int {
	_, _, line, _ := runtime.Caller(1)
	*lines = append(*lines, line)
	if n <= 1 {
		return 1
	}
	return n * fact(n-1, lines)
}

func main() {
	var lines []int
	fmt.Println(fact(4, &lines))
	fmt.Println(lines)
}
