package main

import (
	"fmt"
	"sync"
)

type Q struct {
	mu    sync.Mutex
	items []int
}

func (q *Q) Push(xs ...int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.items = append(q.items, xs...)
}

func main() {
	ch := make(chan int)
	go close(ch)
	_, ok := <-ch
	fmt.Println("closed by go:", !ok)
	m := map[string]int{"a": 1}
	done := make(chan bool)
	go func() {
		defer close(done)
		delete(m, "a")
	}()
	<-done
	fmt.Println(len(m))
	var q Q
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); q.Push([]int{1, 2}...) }()
	go func(xs ...int) { defer wg.Done(); q.Push(xs...) }(3, 4)
	wg.Wait()
	fmt.Println(len(q.items))
	src := []int{1, 2, 3}
	dst := make([]int, 3)
	fin := make(chan struct{})
	go func() {
		copy(dst, src)
		fin <- struct{}{}
	}()
	<-fin
	fmt.Println(dst)
	results := make(chan string, 3)
	for _, f := range []func() string{
		func() string { return "x" },
		func() string { return "y" },
	} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- f()
		}()
	}
	wg.Wait()
	close(results)
	total := ""
	for r := range results {
		total += r
	}
	fmt.Println(len(total))
	var once sync.Once
	onceBody := func() { fmt.Println("Only once") }
	dn := make(chan bool)
	for range 10 {
		go func() {
			once.Do(onceBody)
			dn <- true
		}()
	}
	for range 10 {
		<-dn
	}
	func() {
		defer func() { fmt.Println("outer:", recover()) }()
		func() {
			defer recover()
			panic("not recovered by direct defer recover()")
		}()
	}()
}
