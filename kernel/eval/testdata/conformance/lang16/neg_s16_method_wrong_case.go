package main

import "fmt"

type T struct{}

func (T) foo() int { return 1 }

func main() {
	var t T
	fmt.Println(t.Foo())
}
