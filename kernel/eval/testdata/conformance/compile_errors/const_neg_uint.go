package main

import "fmt"

func main() {
	const x uint = 3
	fmt.Println(-x)
}
