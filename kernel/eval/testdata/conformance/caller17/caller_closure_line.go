package main

import (
	"fmt"
	"runtime"
)

func main() {
	lines := []int{}
	record := func() {
		_, _, line, _ := runtime.Caller(1)
		lines = append(lines, line)
	}
	record()
	for i := 0; i < 3; i++ {
		record()
	}
	func() {
		record()
	}()
	fmt.Println(lines)
}
