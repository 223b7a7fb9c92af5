package main

import (
	"fmt"
	"sync"
)

func main() {
	calls := 0
	f := sync.OnceValue(func() int {
		calls++
		panic(fmt.Sprint("bad value ", calls))
	})
	for i := 0; i < 3; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
	fmt.Println("calls", calls)
}
