package main

import (
	"fmt"
	"iter"
)

func items() iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		defer fmt.Println("iterator cleanup")
		for i, s := range []string{"x", "y", "z"} {
			if !yield(i, s) {
				return
			}
		}
	}
}

func find(target string) int {
	for i, s := range items() {
		defer fmt.Println("deferred in find", i)
		if s == target {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(find("y"))
	fmt.Println(find("q"))
}
