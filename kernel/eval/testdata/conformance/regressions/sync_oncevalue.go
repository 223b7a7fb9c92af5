package main

import (
	"fmt"
	"sync"
)

func main() {
	calls := 0
	get := sync.OnceValue(func() int {
		calls++
		return 42
	})
	fmt.Println(get(), get(), calls)
	pair := sync.OnceValues(func() (string, error) {
		calls++
		return "v", nil
	})
	a, err := pair()
	b, _ := pair()
	fmt.Println(a, b, err, calls)
	f := sync.OnceFunc(func() { fmt.Println("once") })
	f()
	f()
}
