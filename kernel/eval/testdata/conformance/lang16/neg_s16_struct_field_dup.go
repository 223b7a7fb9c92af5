package main

import "fmt"

type T struct {
	A int
	A string
}

func main() {
	fmt.Println(T{})
}
