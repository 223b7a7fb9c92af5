package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("seq cleanup")
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func find(n, target int) (idx int) {
	for i := range seq(n) {
		if i == target {
			return i * 10
		}
	}
	return -1
}

func main() {
	fmt.Println(find(5, 2))
	fmt.Println(find(3, 7))
	func() {
		defer func() { fmt.Println("recovered", recover()) }()
		for i := range seq(4) {
			if i == 1 {
				panic("boom in body")
			}
		}
	}()
outer:
	for i := range seq(3) {
		for j := range seq(3) {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("pair", i, j)
		}
	}
}
