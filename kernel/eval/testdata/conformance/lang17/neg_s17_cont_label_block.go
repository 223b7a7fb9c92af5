package main

import "fmt"

func f() {
L:
	{
		for i := 0; i < 2; i++ {
			continue L
		}
	}
	fmt.Println()
}

func main() {
	f()
}
