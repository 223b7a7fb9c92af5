package main

import (
	"fmt"
	"strings"
)

type B bool

func f() bool { return true }

func g(b B) B { return b }

func h(x int) B { return x > 2 }

func main() {
	x, y := 3, 4
	var b B = x > 2
	b = (x > 2) && !(y < 1)
	b = true
	b = !b
	b = b && x == 3
	b = x > 2 && b || !(b && y > 3)
	b = !b || x < y
	c := make(chan B, 2)
	c <- x == y
	fmt.Println(b, <-c, g(x < y), h(1), g(strings.HasPrefix("a", "") == true))
	const k = 1 < 2
	var b2 B = k
	fmt.Println(b2)
}
