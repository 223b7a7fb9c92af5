package main

import "fmt"

func check(x int) {
	x == 1
	fmt.Println(x)
}

func main() {
	check(1)
}
