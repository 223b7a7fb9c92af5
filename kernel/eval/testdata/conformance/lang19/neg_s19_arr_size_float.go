package main

import "fmt"

func main() {
	var a [2.5]int
	fmt.Println(a)
}
