package main

import "fmt"

func main() {
	var v = 42
	any := any(v)
	fmt.Printf("%v %T\n", any, any)
}
