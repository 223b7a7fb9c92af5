package main

import "fmt"

type Handler struct {
	name string
	fn   func()
}

func main() {
	a, b := Handler{name: "a"}, Handler{name: "b"}
	fmt.Println(a == b)
}
