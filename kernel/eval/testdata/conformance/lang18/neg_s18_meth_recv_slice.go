package main

import "fmt"

func (s []int) Sum() int { return 0 }

func main() {
	fmt.Println("x")
}
