package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	v, loaded := m.LoadOrStore("a", 1)
	fmt.Println(v, loaded)
	v, loaded = m.LoadOrStore("a", 2)
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete("a")
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete("a")
	fmt.Println(v, loaded)
	m.Store("b", 10)
	prev, loaded := m.Swap("b", 20)
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap("b", 20, 30))
	fmt.Println(m.CompareAndSwap("b", 20, 40))
	fmt.Println(m.CompareAndDelete("b", 99))
	fmt.Println(m.CompareAndDelete("b", 30))
	_, ok := m.Load("b")
	fmt.Println(ok)
	m.Store("c", 1)
	m.Clear()
	n := 0
	m.Range(func(_, _ any) bool { n++; return true })
	fmt.Println("after clear", n)
}
