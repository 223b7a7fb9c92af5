package main

import "fmt"

type Handler func(string) int

func main() {
	var h Handler = func(s string) int64 { return int64(len(s)) }
	fmt.Println(h("x"))
}
