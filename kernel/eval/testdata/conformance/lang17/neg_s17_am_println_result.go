package main

import "fmt"

func main() {
	n := fmt.Println("a")
	fmt.Println(n)
}
