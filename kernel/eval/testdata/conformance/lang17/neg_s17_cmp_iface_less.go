package main

import "fmt"

func main() {
	var a, b any = 1, 2
	fmt.Println(a < b)
}
