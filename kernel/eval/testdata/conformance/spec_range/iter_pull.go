package main

import (
	"fmt"
	"iter"
	"slices"
)

func main() {
	next, stop := iter.Pull(slices.Values([]int{10, 20, 30}))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println(v)
	}
	n2, stop2 := iter.Pull2(slices.All([]string{"a", "b"}))
	i, s, ok := n2()
	fmt.Println(i, s, ok)
	stop2()
	i, s, ok = n2()
	fmt.Println(i, s, ok)
}
