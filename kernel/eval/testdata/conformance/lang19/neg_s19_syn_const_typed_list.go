package main

import "fmt"

func main() {
	const a, b int = 1
	fmt.Println(a, b)
}
