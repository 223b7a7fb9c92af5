package main

import "fmt"

type I interface {
	M()
}

func main() {
	var i I
	fmt.Printf("(%v, %T)\n", i, i)
	i.M()
}
