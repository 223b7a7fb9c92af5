package main

import "fmt"

type T struct{}

func (t T) M() { fmt.Println("m") }

func main() {
	T.M()
}
