package main

import "fmt"

func main() {
	var b uint8 = -1
	fmt.Println(b)
}
