package main

import "fmt"

func main() {
	x := 1 << 70
	fmt.Println(x)
}
