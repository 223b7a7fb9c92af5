package main

import "fmt"

func main() {
	var xs []int
	defer func() {
		r := recover()
		panic(fmt.Sprintf("wrapped: %v", r))
	}()
	fmt.Println(xs[3])
}
