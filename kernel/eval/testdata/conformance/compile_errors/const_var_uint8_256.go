package main

import "fmt"

func main() {
	var x uint8 = 256
	fmt.Println(x)
}
