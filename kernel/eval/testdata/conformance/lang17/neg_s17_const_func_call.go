package main

import "fmt"

func two() int { return 2 }

const N = two()

func main() {
	fmt.Println(N)
}
