package main

import "fmt"

const a = b * 2
const b = a + 1

func main() {
	fmt.Println(a, b)
}
