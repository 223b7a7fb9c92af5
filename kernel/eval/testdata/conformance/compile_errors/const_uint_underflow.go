package main

import "fmt"

func main() {
	const u uint8 = 0
	fmt.Println(u - 1)
}
