package main

import "fmt"

func next(x int) {
	x + 1
	fmt.Println(x)
}

func main() {
	next(1)
}
