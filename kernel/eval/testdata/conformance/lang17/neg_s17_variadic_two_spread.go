package main

import "fmt"

func f(a int, xs ...int) {}

func main() {
	s := []int{1}
	f(s...)
	fmt.Println()
}
