package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func slowSquare(x int) int { return x * x }

func main() {
	multiprocessing.Main(slowSquare)
	pool := multiprocessing.NewPool(3)
	done, total := 0, 0
	items := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	for it := pool.ImapUnordered(slowSquare, items, 2); it.Next(); {
		done++
		total += it.Value().(int)
	}
	pool.Terminate()
	fmt.Printf("%d/10 done, total %d\n", done, total)
}
