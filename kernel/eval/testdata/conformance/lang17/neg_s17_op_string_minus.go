package main

import "fmt"

func main() {
	a, b := "ab", "b"
	fmt.Println(a - b)
}
