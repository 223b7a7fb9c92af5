package main

import "fmt"

type I interface{ M() }
type T struct{}

func (*T) M() {}

func main() {
	var i I = T{}
	fmt.Println(i)
}
