package main

import "fmt"

func main() {
	var x uint32 = 1 << 32
	fmt.Println(x)
}
