// conformance: compile error (a struct containing a func cannot be compared)
package main

import "fmt"

type Handler struct {
	name string
	fn   func()
}

func main() {
	a := Handler{name: "a"}
	b := Handler{name: "a"}
	fmt.Println(a == b)
}
