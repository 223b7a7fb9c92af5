package main

import "fmt"

type Named interface{ Name() string }

type U struct{}

func (U) Name() string { return "u" }
func (U) ID() int      { return 1 }

func Show[T Named](x T) {
	fmt.Println(x.Name(), x.ID())
}

func main() {
	Show(U{})
}
