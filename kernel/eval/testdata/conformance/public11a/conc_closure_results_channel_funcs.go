package main

import (
	"fmt"
	"strings"
)

type Thunk func() string

func producer(n int) <-chan Thunk {
	out := make(chan Thunk)
	go func() {
		defer close(out)
		for i := range n {
			local := strings.Repeat("*", i+1)
			count := 0
			out <- func() string {
				count++
				return fmt.Sprintf("%d:%s(%d)", i, local, count)
			}
		}
	}()
	return out
}

func main() {
	var thunks []Thunk
	for t := range producer(4) {
		thunks = append(thunks, t)
	}
	for _, t := range thunks {
		fmt.Print(t(), " ")
	}
	fmt.Println()
	fmt.Println(thunks[2](), thunks[2]())
	adders := make(chan func(int) int, 3)
	for _, base := range []int{10, 20, 30} {
		adders <- func(x int) int { return base + x }
	}
	close(adders)
	sum := 0
	for f := range adders {
		sum += f(1)
	}
	fmt.Println(sum)
}
