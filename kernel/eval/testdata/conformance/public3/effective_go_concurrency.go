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

type Vector []float64

func (v Vector) DoSome(i, n int, u Vector, c chan int) {
	for ; i < n; i++ {
		v[i] += u[i] * 2
	}
	c <- 1
}

const numCPU = 4

func (v Vector) DoAll(u Vector) {
	c := make(chan int, numCPU)
	for i := range numCPU {
		go v.DoSome(i*len(v)/numCPU, (i+1)*len(v)/numCPU, u, c)
	}
	for range numCPU {
		<-c
	}
}

var freeList = make(chan *[]byte, 2)

func getBuf() (*[]byte, bool) {
	select {
	case b := <-freeList:
		return b, true
	default:
		b := make([]byte, 8)
		return &b, false
	}
}

func putBuf(b *[]byte) {
	select {
	case freeList <- b:
	default:
	}
}

func main() {
	queue := make(chan *Request)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go handle(queue, &wg)
	}
	reqs := []*Request{}
	for i := range 5 {
		r := &Request{[]int{i, i * 2, i * 3}, sum, make(chan int, 1)}
		reqs = append(reqs, r)
		queue <- r
	}
	for _, r := range reqs {
		fmt.Print(<-r.resultChan, " ")
	}
	fmt.Println()
	close(queue)
	wg.Wait()
	v := make(Vector, 10)
	u := make(Vector, 10)
	for i := range u {
		u[i] = float64(i)
	}
	v.DoAll(u)
	fmt.Println(v)
	b1, reused := getBuf()
	fmt.Println(len(*b1), reused)
	putBuf(b1)
	b2, reused := getBuf()
	fmt.Println(b1 == b2, reused)
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	maxActive, active := 0, 0
	var wg2 sync.WaitGroup
	for range 8 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			maxActive = max(maxActive, active)
			mu.Unlock()
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg2.Wait()
	fmt.Println("max concurrent <= 2:", maxActive <= 2)
}
