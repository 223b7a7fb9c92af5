package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
		fmt.Println("exhausted")
	}
}

func Pairs(words []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i, w) {
				return
			}
		}
	}
}

func main() {
	for i := range Count(10) {
		if i == 3 {
			break
		}
		fmt.Println(i)
	}
	for range Count(2) {
	}
	for i, w := range Pairs([]string{"x", "y", "z"}) {
		if i == 1 {
			continue
		}
		fmt.Println(i, w)
	}
outer:
	for i := range Count(3) {
		for j := range Count(3) {
			if j == 1 {
				continue outer
			}
			fmt.Println(i, j)
		}
	}
}
