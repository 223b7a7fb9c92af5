package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var count = 0

func action() {
	count++
}

func main() {
	b := threading.NewBarrier(1, action)
	var r []int
	for range 3 {
		i, _ := b.Wait()
		r = append(r, i)
	}
	fmt.Printf("[%d, %d, %d] %d %d %d\n", r[0], r[1], r[2], count, b.Parties, b.NWaiting())
}
