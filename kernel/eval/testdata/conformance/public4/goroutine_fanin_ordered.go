package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

func producer(name string, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := range n {
			out <- fmt.Sprintf("%s%d", name, i)
		}
	}()
	return out
}

func merge[T any](cs ...<-chan T) <-chan T {
	var wg sync.WaitGroup
	out := make(chan T)
	wg.Add(len(cs))
	for _, c := range cs {
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

type result struct {
	idx int
	val string
}

func main() {
	var all []string
	for v := range merge(producer("a", 3), producer("b", 2), producer("c", 4)) {
		all = append(all, v)
	}
	slices.Sort(all)
	fmt.Println(all)
	inputs := []string{"go", "is", "fun", "and", "fast"}
	results := make([]string, len(inputs))
	var wg sync.WaitGroup
	for i, s := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = strings.ToUpper(s)
		}()
	}
	wg.Wait()
	fmt.Println(results)
	ch := make(chan result)
	for i, s := range inputs {
		go func() { ch <- result{i, strings.Repeat(s, 2)} }()
	}
	got := make([]result, 0, len(inputs))
	for range inputs {
		got = append(got, <-ch)
	}
	slices.SortFunc(got, func(a, b result) int { return a.idx - b.idx })
	fmt.Println(got)
	done := make(chan bool)
	data := make(chan int, 3)
	go func() {
		sum := 0
		for v := range data {
			sum += v
		}
		fmt.Println("sum", sum)
		done <- true
	}()
	for i := 1; i <= 10; i++ {
		data <- i
	}
	close(data)
	<-done
	v, ok := <-data
	fmt.Println(v, ok, len(data), cap(data))
}
