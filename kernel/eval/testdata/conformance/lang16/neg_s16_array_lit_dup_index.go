package main

import "fmt"

func main() {
	a := [3]int{0: 1, 0: 2}
	fmt.Println(a)
}
