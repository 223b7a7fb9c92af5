package main

import "fmt"

func main() {
	x := 1
	p := &x
	p++
	fmt.Println(p)
}
