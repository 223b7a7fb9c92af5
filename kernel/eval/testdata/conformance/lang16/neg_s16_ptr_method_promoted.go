package main

import "fmt"

type Inner struct{ n int }

func (i *Inner) Inc() { i.n++ }

type Outer struct{ Inner }

func main() {
	Outer{}.Inc()
	fmt.Println("x")
}
