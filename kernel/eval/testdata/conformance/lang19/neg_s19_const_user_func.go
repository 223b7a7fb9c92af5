package main

import "fmt"

func double(x int) int { return 2 * x }

const d = double(4)

func main() {
	fmt.Println(d)
}
