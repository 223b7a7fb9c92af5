package main

import "fmt"

type T struct {
	next T
}

func main() {
	fmt.Println(T{})
}
