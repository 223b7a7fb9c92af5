package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store([]string{"a", "b"})
	fmt.Println(v.Load().([]string))
	old := v.Swap([]string{"c"})
	fmt.Println(old, v.Load())
	fmt.Println(v.CompareAndSwap("x", []string{"d"}) == false)
	var s atomic.Value
	s.Store("one")
	fmt.Println(s.CompareAndSwap("one", "two"), s.Load())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s.Store(3)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s.Store(nil)
	}()
}
