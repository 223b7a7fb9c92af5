package main

import "fmt"

func main() {
	xs := [3]int{0: 1, 3: 2}
	fmt.Println(xs)
}
