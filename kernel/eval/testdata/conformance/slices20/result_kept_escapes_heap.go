package main

import "fmt"

func keep(xs []int) []int { return xs }

var saved [][]int

// The variable given the result of a func returning its parameter escapes
// (stored in a global, printed as a value, captured by a goroutine): the
// slice escapes with it.
func main() {
	var a []int
	a = append(a, 1)
	kept := keep(a)
	saved = append(saved, kept)
	fmt.Println("a", len(a), cap(a))
	var b []int
	b = append(b, 2)
	kb := keep(b)
	fmt.Println("b", len(b), cap(b), kb)
	var c []int
	c = append(c, 3)
	kc := keep(c)
	done := make(chan bool)
	go func() {
		fmt.Println("c", len(kc))
		done <- true
	}()
	<-done
	fmt.Println("c", len(c), cap(c))
}
