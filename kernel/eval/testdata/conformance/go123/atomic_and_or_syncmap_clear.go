package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var x int32 = 0b1111
	old := atomic.AndInt32(&x, 0b0101)
	fmt.Println(old, x)
	old = atomic.OrInt32(&x, 0b1000)
	fmt.Println(old, x)
	var m sync.Map
	m.Store("a", 1)
	m.Clear()
	n := 0
	m.Range(func(_, _ any) bool { n++; return true })
	fmt.Println(n)
}
