package main

import "fmt"

func try(v any) {
	defer func() { fmt.Printf("%T %v\n", recover(), v) }()
	panic(v)
}

func main() {
	try(1.5)
	try(true)
	try([]int{1})
	try(struct{ A int }{2})
	try(uint8(7))
	panic(3.25)
}
