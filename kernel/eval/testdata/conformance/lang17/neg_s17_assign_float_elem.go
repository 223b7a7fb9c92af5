package main

import "fmt"

func main() {
	a := [3]int{}
	a[0] = 1.5
	fmt.Println(a)
}
