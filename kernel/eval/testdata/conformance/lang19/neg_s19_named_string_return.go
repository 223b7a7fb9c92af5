package main

import "fmt"

type Color string

func name() string {
	var c Color = "red"
	return c
}

func main() {
	fmt.Println(name())
}
