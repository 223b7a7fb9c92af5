package main

import "fmt"

func main() {
	var b byte = 1
	n := 4
	b = b + n
	fmt.Println(b)
}
