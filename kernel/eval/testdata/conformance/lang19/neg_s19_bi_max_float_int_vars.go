package main

import "fmt"

func main() {
	a := 1.5
	b := 2
	fmt.Println(max(a, b))
}
