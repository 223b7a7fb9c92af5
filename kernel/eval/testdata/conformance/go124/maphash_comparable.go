package main

import (
	"fmt"
	"hash/maphash"
)

func main() {
	seed := maphash.MakeSeed()
	a := maphash.Comparable(seed, [2]int{1, 2})
	b := maphash.Comparable(seed, [2]int{1, 2})
	c := maphash.String(seed, "x") == maphash.String(seed, "x")
	fmt.Println(a == b, c)
}
