package main

import "fmt"

func compute(n int) <-chan int {
	out := make(chan int, 1)
	go func() {
		s := 0
		for i := 1; i <= n; i++ {
			s += i
		}
		out <- s
	}()
	return out
}

// Started while the declarations are evaluated (split mode: in the cell
// before the one that reads the results).
var small, big = compute(10), compute(1000)

func main() {
	fmt.Println(<-small, <-big)
}
