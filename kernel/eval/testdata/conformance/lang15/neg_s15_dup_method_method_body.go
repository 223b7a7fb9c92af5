package main

import "fmt"

type S struct{}

func (S) Run() {
	var x interface {
		Go()
		Go()
	}
	fmt.Println(x)
}

func main() {
	S{}.Run()
}
