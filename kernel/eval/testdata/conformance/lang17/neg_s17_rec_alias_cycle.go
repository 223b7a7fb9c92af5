package main

import "fmt"

type T = []T

func main() {
	var t T
	fmt.Println(t)
}
