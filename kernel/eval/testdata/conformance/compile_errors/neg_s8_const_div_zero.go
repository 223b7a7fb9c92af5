package main

import "fmt"

func main() {
	const z = 0
	fmt.Println(10 / z)
}
