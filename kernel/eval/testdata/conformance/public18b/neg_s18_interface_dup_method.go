package main

import "fmt"

type I interface {
	M()
	M()
}

func main() {
	var i I
	fmt.Println(i)
}
