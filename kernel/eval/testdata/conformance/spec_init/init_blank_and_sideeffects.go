package main

import "fmt"

var _ = announce("first blank")

var value = announce("value")

var _ = announce("second blank")

func announce(s string) int {
	fmt.Println("init:", s)
	return len(s)
}

func init() {
	fmt.Println("init func, value =", value)
}

func main() {
	fmt.Println("main")
}
