package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	total := 0
	for i := 1; i <= 10; i++ {
		total += i
	}
	fmt.Println("total", total)
	if total > 50 {
		fmt.Fprintln(os.Stderr, "too big:", total)
		os.Exit(3)
	}
	fmt.Println("not reached")
}
