package main

import "fmt"

func get(a [3]int, i int) int { return a[i] }

func main() {
	defer func() {
		fmt.Println(recover())
	}()
	fmt.Println(get([3]int{1, 2, 3}, 2))
	fmt.Println(get([3]int{1, 2, 3}, -1+4))
}
