package main

import "fmt"

type B bool

const k B = true

func main() {
	var v bool = k
	fmt.Println(v)
}
