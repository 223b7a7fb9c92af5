package main

import "fmt"

type T struct{}

func (T) m() int { return b * 2 }

var t T

// a refers to the method value t.m, which refers to b.
var a = t.m()
var b = 21

func main() {
	fmt.Println(a, b)
}
