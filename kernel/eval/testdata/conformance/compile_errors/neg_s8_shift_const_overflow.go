package main

import "fmt"

func main() {
	var x int32 = 1 << 31
	fmt.Println(x)
}
