package main

import "fmt"

type bool int

func main() {
	var b bool = 1
	if b == 1 {
		fmt.Println(b)
	}
	fmt.Println(1 < 2)
}
