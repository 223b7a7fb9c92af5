package main

import "fmt"

func main() {
	x, y := 1, 2
	fmt.Println(complex(x, y))
}
