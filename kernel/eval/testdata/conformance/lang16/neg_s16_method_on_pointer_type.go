package main

import "fmt"

type P *int

func (p P) M() {}

func main() {
	fmt.Println("x")
}
