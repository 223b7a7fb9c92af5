package main

import (
	"fmt"
	"sort"
	"sync"
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

func handle(queue chan *Request, wg *sync.WaitGroup) {
	defer wg.Done()
	for req := range queue {
		req.resultChan <- req.f(req.args)
	}
}

func main() {
	const MaxOutstanding = 2
	sem := make(chan struct{}, MaxOutstanding)
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for i := range 6 {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			mu.Lock()
			order = append(order, i*i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(order)
	fmt.Println(order)
	queue := make(chan *Request)
	var hw sync.WaitGroup
	for range 3 {
		hw.Add(1)
		go handle(queue, &hw)
	}
	reqs := make([]*Request, 4)
	for i := range reqs {
		reqs[i] = &Request{[]int{i, i + 1, i + 2}, sum, make(chan int, 1)}
		queue <- reqs[i]
	}
	close(queue)
	for _, r := range reqs {
		fmt.Print(<-r.resultChan, " ")
	}
	fmt.Println()
	hw.Wait()
	c := make(chan int)
	go func() {
		list := []int{5, 3, 8}
		sort.Ints(list)
		c <- list[0]
	}()
	fmt.Println("min", <-c)
}
