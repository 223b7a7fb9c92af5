package main

import "fmt"

func main() {
	var f func(x int) (y int)
	var g func(string) = f
	fmt.Println(g == nil)
}
