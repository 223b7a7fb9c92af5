package main

import (
	"fmt"
	"sync"
)

type Item struct {
	ID       int
	Producer string
}

func producer(name string, n int, out chan<- Item, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		out <- Item{i, name}
	}
}

func consumer(in <-chan Item, results chan<- map[string]int) {
	counts := map[string]int{}
	for it := range in {
		counts[it.Producer] += it.ID
	}
	results <- counts
}

func main() {
	items := make(chan Item, 4)
	results := make(chan map[string]int)
	var wg sync.WaitGroup
	for _, name := range []string{"p1", "p2", "p3"} {
		wg.Add(1)
		go producer(name, 10, items, &wg)
	}
	go consumer(items, results)
	wg.Wait()
	close(items)
	counts := <-results
	fmt.Println(counts)
	_, ok := <-items
	fmt.Println("closed:", !ok, len(items), cap(items))
}
