package main

import "fmt"

type T struct{}

func (T) M(x int) { fmt.Println(x) }

type I interface{ M() }

func main() {
	var i I = T{}
	i.M()
}
