package main

import "fmt"

func main() {
	const c uint8 = 255 + 1
	fmt.Println(c)
}
