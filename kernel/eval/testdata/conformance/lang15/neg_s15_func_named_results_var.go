package main

import "fmt"

func g() (name string, err error) { return "a", nil }

func main() {
	var h func() int = g
	fmt.Println(h())
}
