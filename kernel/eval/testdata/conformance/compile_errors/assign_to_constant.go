package main

import "fmt"

const k = 1

func main() {
	k = 2
	fmt.Println(k)
}
