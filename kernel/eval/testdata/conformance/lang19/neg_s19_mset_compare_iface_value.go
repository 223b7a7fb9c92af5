package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s }

func main() {
	var s Shape = &Sq{1}
	fmt.Println(s == Sq{1})
}
