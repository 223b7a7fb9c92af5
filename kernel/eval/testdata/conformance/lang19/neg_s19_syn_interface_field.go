package main

import "fmt"

type I interface {
	Name string
}

func main() {
	var i I
	fmt.Println(i)
}
