package main

import "fmt"

const half = 2.5

func main() {
	var a [half]int
	fmt.Println(len(a))
}
