package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	const n = len(arr[:])
	fmt.Println(n)
}
