package main

import "fmt"

var limit = 10

const max = limit * 2

func main() {
	fmt.Println(max)
}
