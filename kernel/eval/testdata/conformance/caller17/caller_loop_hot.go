package main

import (
	"fmt"
	"runtime"
)

func line() int {
	_, _, l, _ := runtime.Caller(1)
	return l
}

func add(a, b int) int { return a + b }

func main() {
	sum := 0
	for i := 0; i < 1000; i++ {
		sum = add(sum, i)
	}
	total := 0
	for i := 0; i < 100; i++ {
		total += line()
	}
	fmt.Println(sum, total, line())
}
