package main

import "fmt"

type I interface{ M() }
type T struct{}

func (T) M() {}

func main() {
	var i I = T{}
	p := &i
	p.M()
	fmt.Println()
}
