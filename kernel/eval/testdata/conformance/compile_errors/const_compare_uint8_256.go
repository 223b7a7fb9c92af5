package main

import "fmt"

func main() {
	fmt.Println(uint8(1) == 256)
}
