package main

import "fmt"

type T int
type T string

func main() {
	fmt.Println()
}
