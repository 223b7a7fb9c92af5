package main

import "fmt"

type B bool

const k bool = true

func main() {
	var b B
	fmt.Println(b == k)
}
