package main

import "fmt"

type Shape interface {
	Area() float64
	Perim() float64
}
type Sq struct{}

func (Sq) Area() float64 { return 1 }

func main() {
	var s Shape = Sq{}
	fmt.Println(s)
}
