package main

import "fmt"

func main() {
	n := int64(1 << 63)
	fmt.Println(n)
}
