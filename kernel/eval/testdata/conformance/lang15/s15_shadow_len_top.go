package main

import "fmt"

func main() {
	xs := []int{1, 2, 3}
	len := len(xs)
	fmt.Println(len, len+1)
}
