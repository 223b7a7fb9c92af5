package main

import "fmt"

func main() {
	dst := make([]byte, 3)
	copy := copy(dst, "hello")
	fmt.Println(copy, string(dst))
}
