package main

import "fmt"

func Id(x int) int { return x }

func main() {
	fmt.Println(Id[int](1))
}
