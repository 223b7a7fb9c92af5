package main

import "fmt"

type B bool

const k bool = true

func main() {
	var b B = k
	fmt.Println(b)
}
