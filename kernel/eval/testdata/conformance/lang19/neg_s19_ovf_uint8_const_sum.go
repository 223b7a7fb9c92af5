package main

import "fmt"

const c uint8 = 255 + 1

func main() {
	fmt.Println(c)
}
