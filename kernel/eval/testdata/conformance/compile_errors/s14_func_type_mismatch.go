package main

import "fmt"

type Handler func(string) int

func main() {
	var h Handler = func(s string) int64 { return 0 }
	fmt.Println(h("x"))
}
