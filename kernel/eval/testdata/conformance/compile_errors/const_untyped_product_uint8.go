package main

import "fmt"

func main() {
	const c = 10
	var x uint8 = c * 30
	fmt.Println(x)
}
