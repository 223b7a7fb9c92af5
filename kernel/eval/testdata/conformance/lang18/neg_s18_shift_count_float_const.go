package main

import "fmt"

func main() {
	x := 1 << 2.5
	fmt.Println(x)
}
