package main

import "fmt"

func (p *P) Set(x int) { return x }

type P struct{ X int }

func main() {
	fmt.Println("x")
}
