package main

import (
	"fmt"
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
	clientRequests := make(chan *Request)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go handle(clientRequests, &wg)
	}
	var reqs []*Request
	for i := 1; i <= 5; i++ {
		reqs = append(reqs, &Request{[]int{i, i * 2, i * 3}, sum, make(chan int, 1)})
	}
	for _, r := range reqs {
		clientRequests <- r
	}
	for _, r := range reqs {
		fmt.Printf("%v -> %d\n", r.args, <-r.resultChan)
	}
	close(clientRequests)
	wg.Wait()
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	maxActive, active := 0, 0
	var wg2 sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg2.Wait()
	fmt.Println("max active <= 2:", maxActive <= 2)
}
