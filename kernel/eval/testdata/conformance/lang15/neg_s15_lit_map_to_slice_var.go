package main

import "fmt"

func main() {
	var xs []string = map[string]int{"a": 1}
	fmt.Println(xs)
}
