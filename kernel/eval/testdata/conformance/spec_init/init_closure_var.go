package main

import "fmt"

var counter = func() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}()

var first = counter()
var second = counter()

func init() {
	fmt.Println("init:", first, second, counter())
}

func main() {
	fmt.Println("main:", counter())
}
