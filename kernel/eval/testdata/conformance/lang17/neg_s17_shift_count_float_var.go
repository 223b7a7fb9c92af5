package main

import "fmt"

func main() {
	n := 1.5
	y := 1 << n
	fmt.Println(y)
}
