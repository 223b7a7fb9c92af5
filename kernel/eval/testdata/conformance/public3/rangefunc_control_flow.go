package main

import (
	"fmt"
	"iter"
)

func Pairs(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		defer fmt.Println("  pairs cleanup")
		for i := range n {
			for j := i + 1; j < n; j++ {
				if !yield(i, j) {
					return
				}
			}
		}
	}
}

func find(n, target int) (int, int) {
	for i, j := range Pairs(n) {
		if i+j == target {
			return i, j
		}
	}
	return -1, -1
}

func countTo(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	fmt.Println(find(5, 5))
	fmt.Println(find(3, 100))
outer:
	for i := range countTo(3) {
		for j := range countTo(3) {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Println("i,j", i, j)
		}
	}
	sum := 0
	for v := range countTo(10) {
		if v%2 == 0 {
			continue
		}
		sum += v
	}
	fmt.Println("odd sum", sum)
	func() {
		defer fmt.Println("deferred in func with range-over-func")
		for v := range countTo(2) {
			defer fmt.Println("defer from loop body", v)
		}
		fmt.Println("loop done")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for v := range countTo(5) {
			if v == 2 {
				panic(fmt.Sprintf("panic at %d", v))
			}
		}
	}()
	var fs []func() int
	for v := range countTo(3) {
		fs = append(fs, func() int { return v * 100 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for range countTo(2) {
		fmt.Print("x")
	}
	fmt.Println()
}
