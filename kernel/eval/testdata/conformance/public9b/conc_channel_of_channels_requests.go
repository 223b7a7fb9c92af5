package main

import (
	"fmt"
	"strings"
)

type Request struct {
	args       []int
	f          func([]int) int
	resultChan chan int
}

func sum(a []int) (s int) {
	for _, v := range a {
		s += v
	}
	return
}

func product(a []int) int {
	p := 1
	for _, v := range a {
		p *= v
	}
	return p
}

func handle(queue chan *Request) {
	for req := range queue {
		req.resultChan <- req.f(req.args)
	}
}

func main() {
	queue := make(chan *Request)
	for range 2 {
		go handle(queue)
	}
	reqs := []*Request{
		{[]int{3, 4, 5}, sum, make(chan int, 1)},
		{[]int{3, 4, 5}, product, make(chan int, 1)},
		{[]int{}, product, make(chan int, 1)},
		{[]int{-1, 1 << 20}, sum, make(chan int, 1)},
	}
	for _, r := range reqs {
		go func() { queue <- r }()
	}
	var sb strings.Builder
	for i, r := range reqs {
		fmt.Fprintf(&sb, "req %d -> %d\n", i, <-r.resultChan)
	}
	close(queue)
	fmt.Print(sb.String())
	replies := make(chan chan string, 2)
	go func() {
		for reply := range replies {
			reply <- "pong"
		}
	}()
	for i := 0; i < 3; i++ {
		r := make(chan string)
		replies <- r
		fmt.Println(i, <-r)
	}
	close(replies)
}
