package main

import "fmt"

func main() {
	x := 7
	fmt.Println(x/2, x%2, -x/2, -x%2)
	f := 7.0
	fmt.Println(f/0, f/0.0, -f/0)
	var c complex128 = 1
	fmt.Println(c / 0)
	fmt.Println(7/2.0, 7.0/2, 1/2, 1.0/2)
	const k = 10
	fmt.Println(k/3, k%3, k/3.0)
	var u uint8 = 200
	fmt.Println(u/3, u%3)
	y := 0
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(x / y)
}
