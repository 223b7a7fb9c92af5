package main

import "fmt"

func main() {
	fmt.Println(uint16(70000), rune(1<<31))
}
