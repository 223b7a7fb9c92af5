package main

import "fmt"

const lo, hi = 1, 10, 100

func main() {
	fmt.Println(lo, hi)
}
