package main

import (
	"fmt"
	"sync"
)

func main() {
	calls := 0
	f := sync.OnceFunc(func() { calls++; panic("init failed") })
	func() {
		defer func() { fmt.Println("first:", recover(), calls) }()
		f()
	}()
	f()
}
