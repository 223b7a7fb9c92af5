package main

import "fmt"

func main() {
	defer func() { fmt.Println("r:", recover()) }()
	var f func(int) int
	fmt.Println(f(1))
}
