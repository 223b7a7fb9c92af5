package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type result struct {
	idx  int
	text string
}

func process(s string) string {
	time.Sleep(time.Duration(len(s)) * time.Millisecond)
	return strings.ToUpper(s)
}

func main() {
	in := []string{"pear", "fig", "banana", "kiwi", "apple"}
	out := make([]string, len(in))
	var wg sync.WaitGroup
	for i, s := range in {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = process(s)
		}()
	}
	wg.Wait()
	fmt.Println(out)
	ch := make(chan result)
	for i, s := range in {
		go func() { ch <- result{i, process(s)} }()
	}
	ordered := make([]string, len(in))
	for range in {
		r := <-ch
		ordered[r.idx] = r.text
	}
	fmt.Println(ordered)
	futures := make([]chan int, 5)
	for i := range futures {
		futures[i] = make(chan int, 1)
		go func(c chan<- int, n int) { c <- n * n }(futures[i], i)
	}
	for _, f := range futures {
		fmt.Print(<-f, " ")
	}
	fmt.Println()
	var once sync.Once
	var mu sync.Mutex
	winner := ""
	for _, name := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				mu.Lock()
				winner = "someone"
				mu.Unlock()
			})
			_ = name
		}()
	}
	wg.Wait()
	fmt.Println(winner)
	done := make(chan struct{})
	var seq []int
	go func() {
		defer close(done)
		for i := range 3 {
			seq = append(seq, i)
		}
	}()
	<-done
	fmt.Println(seq)
}
