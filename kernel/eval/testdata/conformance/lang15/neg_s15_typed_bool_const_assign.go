package main

import "fmt"

type B bool

const k bool = false

func main() {
	var b B
	b = k
	fmt.Println(b)
}
