package main

import "fmt"

// A closure deferred in a loop escapes (its defer record is on the heap).
func main() {
	for i := 0; i < 2; i++ {
		var c []int
		c = append(c, i)
		p := func() { fmt.Println("c", len(c), cap(c)) }
		defer p()
	}
	for _, s := range []string{"x", "y"} {
		var d []string
		d = append(d, s)
		defer func() { fmt.Println("d", len(d), cap(d)) }()
	}
}
