package main

import "fmt"

type B bool

func check() bool {
	var b B = 1 < 2
	return b
}

func main() {
	fmt.Println(check())
}
