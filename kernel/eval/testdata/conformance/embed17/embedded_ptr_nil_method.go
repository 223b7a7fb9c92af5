// Calling a promoted method through a nil embedded pointer panics as in Go.
package main

import (
	"fmt"
	"sync"
	"time"
)

type A struct {
	*sync.Mutex
	N int
}

type B struct {
	*time.Location
	N int
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name, r != nil)
	}()
	f()
}

func main() {
	a := A{N: 1}
	try("lock", func() { a.Lock() })
	b := B{N: 2}
	try("string", func() { _ = b.String() })
	b.Location = time.UTC
	fmt.Println(b.String(), b.N)
}
