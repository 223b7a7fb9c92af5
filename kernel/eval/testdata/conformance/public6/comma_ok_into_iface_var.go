package main

import "fmt"

// Comma-ok forms (map index, type assertion, receive) assigned to an
// existing variable of an interface type declared in the program.

type Shape interface{ Area() int }

type Sq int

func (s Sq) Area() int { return int(s * s) }

func main() {
	var s Shape
	var ok bool
	sizes := map[string]Sq{"small": 2, "big": 7}
	if s, ok = sizes["big"]; ok {
		fmt.Println("big:", s.Area())
	}
	var raw any = Sq(8)
	s, ok = raw.(Sq)
	fmt.Println(s.Area(), ok)
	ch := make(chan Sq, 1)
	ch <- 6
	s, ok = <-ch
	fmt.Println(s.Area(), ok)
}
