package main

import "fmt"

const N = 3

func main() {
	N = 4
	fmt.Println(N)
}
