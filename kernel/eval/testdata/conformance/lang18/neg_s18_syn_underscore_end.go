package main

import "fmt"

func main() {
	x := 1_000_
	fmt.Println(x)
}
