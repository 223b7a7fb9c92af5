package main

import (
	"fmt"
	"sort"
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

func handle(queue chan *Request) {
	for req := range queue {
		req.resultChan <- req.f(req.args)
	}
}

func main() {
	clientRequests := make(chan *Request)
	for i := 0; i < 3; i++ {
		go handle(clientRequests)
	}
	var reqs []*Request
	for i := 1; i <= 5; i++ {
		request := &Request{[]int{i, i * 2, i * 3}, sum, make(chan int, 1)}
		reqs = append(reqs, request)
		go func() { clientRequests <- request }()
	}
	var results []int
	for _, r := range reqs {
		results = append(results, <-r.resultChan)
	}
	close(clientRequests)
	sort.Ints(results)
	fmt.Println(results)

	c := make(chan int)
	list := []int{3, 1, 2}
	go func() {
		sort.Ints(list)
		c <- 1
	}()
	<-c
	fmt.Println(list)
}
