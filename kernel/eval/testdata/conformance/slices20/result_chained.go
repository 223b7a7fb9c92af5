package main

import "fmt"

func keep(xs []int) []int { return xs }

// The result of a func returning its parameter given to it again, the
// results read only; and written through (the caller's buffer).
func main() {
	var k []int
	k = append(k, 1)
	k1 := keep(k)
	k2 := keep(k1)
	k2[0] = 7
	fmt.Println("k", len(k2), cap(k1), k[0], cap(k))
	var m []int
	m = append(m, 1)
	mm := keep(m)
	mm = append(mm, 2)
	fmt.Println("m", len(m), cap(m), len(mm), cap(mm), mm[1])
}
