package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type job struct {
	id   int
	text string
}

type result struct {
	id    int
	words int
	upper string
}

func gen(texts []string) <-chan job {
	out := make(chan job)
	go func() {
		defer close(out)
		for i, t := range texts {
			out <- job{i, t}
		}
	}()
	return out
}

func worker(in <-chan job, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range in {
		out <- result{j.id, len(strings.Fields(j.text)), strings.ToUpper(j.text)}
	}
}

func fanIn(in <-chan job, n int) []result {
	out := make(chan result)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go worker(in, out, &wg)
	}
	go func() { wg.Wait(); close(out) }()
	var rs []result
	for r := range out {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].id < rs[j].id })
	return rs
}

func stage[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U, 2)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func main() {
	texts := []string{"a b c", "hello world", "go is fun to write", "x", ""}
	for _, r := range fanIn(gen(texts), 3) {
		fmt.Printf("%d %d %q\n", r.id, r.words, r.upper)
	}
	nums := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			nums <- i
		}
		close(nums)
	}()
	sq := stage(nums, func(n int) int { return n * n })
	strs := stage(sq, func(n int) string { return fmt.Sprintf("<%d>", n) })
	var all []string
	for s := range strs {
		all = append(all, s)
	}
	fmt.Println(strings.Join(all, ""))
	var mu sync.Mutex
	total := 0
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(total)
	done := make(chan struct{})
	results := make([]int, 5)
	var wg2 sync.WaitGroup
	for i := range results {
		wg2.Go(func() { results[i] = i * 10 })
	}
	go func() { wg2.Wait(); close(done) }()
	<-done
	fmt.Println(results)
	sem := make(chan struct{}, 2)
	ordered := make([]chan string, 4)
	for i := range ordered {
		ordered[i] = make(chan string, 1)
		go func(i int) {
			sem <- struct{}{}
			defer func() { <-sem }()
			ordered[i] <- fmt.Sprint("task", i)
		}(i)
	}
	for _, c := range ordered {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
}
