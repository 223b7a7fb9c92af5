package main

import "fmt"

var x = iota

func main() {
	fmt.Println(x)
}
