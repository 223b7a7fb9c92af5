package main

import (
	"fmt"
	"iter"
	"strings"
)

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i+1, v) {
				return
			}
		}
	}
}

func Words(s string) iter.Seq[string] {
	return strings.FieldsSeq(s)
}

func main() {
	for i, w := range Enumerate([]string{"x", "y"}) {
		fmt.Println(i, w)
	}
	count := 0
	for range Words("one two three") {
		count++
	}
	fmt.Println(count)
}
