package main

import "fmt"

func main() {
	var a, b [2]map[string]int
	fmt.Println(a == b)
}
