package main

import "fmt"

func main() {
	x := [2]int{1, 2}
	fmt.Println(x == nil)
}
