package main

import "fmt"

func f(n int) int {
again:
	if n > 10 {
		return n
	}
	n++
	if n < 100 {
		goto again
	}
}

func main() {
	fmt.Println(f(1))
}
