package main

import "fmt"

type A uint8
type C uint8

const a A = 1

func main() {
	var c C = a
	fmt.Println(c)
}
