package main

import "fmt"

func gen(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := range n {
			ch <- i * i
		}
	}()
	return ch
}

func main() {
	for v := range gen(5) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	buf := make(chan string, 3)
	buf <- "x"
	buf <- "y"
	close(buf)
	for s := range buf {
		fmt.Print(s)
	}
	fmt.Println()
}
