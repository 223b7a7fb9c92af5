package main

import (
	"fmt"
	"sort"
)

func produce(vals ...int) <-chan int {
	c := make(chan int)
	go func() {
		for _, v := range vals {
			c <- v
		}
		close(c)
	}()
	return c
}

func main() {
	a := produce(1, 3, 5, 7)
	b := produce(2, 4)
	sumA, sumB, n := 0, 0, 0
	var closed []string
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				closed = append(closed, "a")
				a = nil
				continue
			}
			sumA += v
			n++
		case v, ok := <-b:
			if !ok {
				closed = append(closed, "b")
				b = nil
				continue
			}
			sumB += v
			n++
		}
	}
	sort.Strings(closed)
	fmt.Println(sumA, sumB, n, closed)

	var in chan int
	out := make(chan int, 1)
	pending := []int{10, 20, 30}
	var got []int
	for len(pending) > 0 || len(got) < 3 {
		var send chan int
		var next int
		if len(pending) > 0 {
			send = out
			next = pending[0]
		}
		select {
		case send <- next:
			pending = pending[1:]
		case v := <-out:
			got = append(got, v)
		case <-in:
			panic("nil channel ready")
		}
	}
	fmt.Println(got)
}
