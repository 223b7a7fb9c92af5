package main

import "fmt"

func f(x int) int {
	return x / 0
}

func main() {
	fmt.Println(f(1))
}
