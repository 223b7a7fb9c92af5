package main

import "fmt"

func main() {
	n := make(int)
	fmt.Println(n)
}
