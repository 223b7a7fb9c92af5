package main

import (
	"fmt"
	"strings"
)

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func pick(s Shape) Sq {
	return s
}

func main() {
	fmt.Println(pick(Sq{2}), strings.Repeat("-", 2))
}
