package main

import "fmt"

func sign(n int) int {
	switch {
	case n > 0:
		return 1
	case n < 0:
		return -1
	default:
		if n == 0 {
			break
		}
		return 0
	}
}

func main() {
	fmt.Println(sign(0))
}
