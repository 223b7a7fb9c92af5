package main

import (
	"fmt"
	"runtime"
	"sort"
)

func main() {
	xs := []int{3, 1, 2}
	var line int
	sort.Slice(xs, func(i, j int) bool {
		_, _, line, _ = runtime.Caller(1)
		return xs[i] < xs[j]
	})
	fmt.Println(xs, line > 0)
}
