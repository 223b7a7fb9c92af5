package main

import "fmt"

type T int

func (t **T) Inc() {}

func main() {
	fmt.Println("x")
}
