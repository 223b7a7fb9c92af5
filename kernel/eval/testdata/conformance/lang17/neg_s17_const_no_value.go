package main

import "fmt"

func main() {
	const x int
	fmt.Println(x)
}
