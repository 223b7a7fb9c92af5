package main

import "fmt"

type Base struct{}
type T struct {
	Base
	Base int
}

func main() {
	fmt.Println(T{})
}
