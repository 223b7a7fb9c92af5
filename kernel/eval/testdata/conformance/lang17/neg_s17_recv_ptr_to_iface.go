package main

import "fmt"

type I interface{ M() }

func (p *I) N() {}

func main() {
	fmt.Println()
}
