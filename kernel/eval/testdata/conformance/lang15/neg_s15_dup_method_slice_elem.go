package main

import "fmt"

func main() {
	var xs []interface {
		A()
		A()
	}
	fmt.Println(len(xs))
}
