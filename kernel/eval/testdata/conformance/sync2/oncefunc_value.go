package main

import (
	"fmt"
	"sync"
)

func main() {
	n := 0
	inc := sync.OnceFunc(func() { n++; fmt.Println("running once") })
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); inc() }()
	}
	wg.Wait()
	inc()
	fmt.Println("n =", n)

	calls := 0
	sq := sync.OnceValue(func() int { calls++; return 12 * 12 })
	fmt.Println(sq(), sq(), "calls", calls)

	pair := sync.OnceValues(func() (string, error) { return "data", nil })
	s, err := pair()
	fmt.Println(s, err)
}
