package main

import "fmt"

func main() {
	const n = 1
	n++
	fmt.Println(n)
}
