package main

import "fmt"

type Name string

func main() {
	s := "bob"
	var n Name = s
	fmt.Println(n)
}
