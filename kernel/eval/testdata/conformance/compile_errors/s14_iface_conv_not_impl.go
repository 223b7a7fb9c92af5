package main

import "fmt"

type Stringer interface{ String() string }

type T struct{}

func main() {
	s := Stringer(T{})
	fmt.Println(s)
}
