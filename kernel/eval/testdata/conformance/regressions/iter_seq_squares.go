package main

import (
	"fmt"
	"iter"
)

func squares() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i * i) {
				return
			}
		}
	}
}

func main() {
	for s := range squares() {
		if s > 50 {
			break
		}
		fmt.Print(s, " ")
	}
	fmt.Println()
}
