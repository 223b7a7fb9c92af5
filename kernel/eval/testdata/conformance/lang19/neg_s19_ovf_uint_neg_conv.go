package main

import "fmt"

func main() {
	n := uint(-1)
	fmt.Println(n)
}
