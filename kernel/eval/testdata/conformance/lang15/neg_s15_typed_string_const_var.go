package main

import "fmt"

type Name string

const s string = "go"

func main() {
	var n Name = s
	fmt.Println(n)
}
