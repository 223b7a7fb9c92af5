package main

import "fmt"

func main() {
	f := func(x int) int {
		if x > 0 {
			return x
		}
	}
	fmt.Println(f(1))
}
