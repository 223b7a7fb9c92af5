package main

import "fmt"

func Room[T any](x T) int { return cap(x) }

func main() {
	fmt.Println(Room([]int{1}))
}
