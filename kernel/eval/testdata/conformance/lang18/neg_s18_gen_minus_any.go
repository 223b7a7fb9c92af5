package main

import "fmt"

func Sub[T any](a, b T) T { return a - b }

func main() {
	fmt.Println(Sub(3, 1))
}
