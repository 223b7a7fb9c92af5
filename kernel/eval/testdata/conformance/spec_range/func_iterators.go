package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
}

func nothing(yield func() bool) {
	yield()
	yield()
}

func main() {
	for i := range count(10) {
		if i == 3 {
			break
		}
		fmt.Println(i)
	}
	for k, v := range pairs {
		fmt.Println(k, v)
	}
	n := 0
	for range nothing {
		n++
	}
	fmt.Println(n)
}
