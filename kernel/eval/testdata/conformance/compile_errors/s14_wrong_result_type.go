package main

import "fmt"

type T struct{}

func (T) String() int { return 1 }

func main() {
	var s fmt.Stringer = T{}
	fmt.Println(s)
}
