package main

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i * i
		}
	}()
	return out
}

func main() {
	sum := 0
	for v := range gen(10) {
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println()
	fmt.Println("sum", sum)
}
