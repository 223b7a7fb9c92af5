package main

import "fmt"

type T int

func () Hello() {}

func main() {
	fmt.Println("x")
}
