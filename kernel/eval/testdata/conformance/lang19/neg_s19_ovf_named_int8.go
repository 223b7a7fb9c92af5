package main

import "fmt"

type Level int8

func main() {
	l := Level(128)
	fmt.Println(l)
}
