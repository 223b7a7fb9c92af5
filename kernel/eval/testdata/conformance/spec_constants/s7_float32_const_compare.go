package main

import "fmt"

func main() {
	const a float32 = 1.0 / 3
	var x float32 = 1.0 / 3
	fmt.Println(a == x, x == a, a != x)
}
