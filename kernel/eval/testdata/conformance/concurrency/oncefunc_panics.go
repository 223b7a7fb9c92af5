package main

import (
	"fmt"
	"sync"
)

func main() {
	n := 0
	f := sync.OnceFunc(func() {
		n++
		panic("once panic")
	})
	for range 2 {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
	fmt.Println("calls:", n)
}
