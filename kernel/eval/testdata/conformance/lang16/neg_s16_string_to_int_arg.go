package main

import "fmt"

func sq(n int) int { return n * n }

func main() {
	fmt.Println(sq("3"))
}
