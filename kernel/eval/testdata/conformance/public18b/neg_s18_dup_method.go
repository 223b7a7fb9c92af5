package main

import "fmt"

type T struct{}

func (T) M() {}
func (T) M() {}

func main() {
	fmt.Println(T{})
}
