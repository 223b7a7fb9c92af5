package main

import (
	"fmt"
	"strings"
	"sync"
)

func gen(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func stage[In, Out any](in <-chan In, f func(In) (Out, bool)) <-chan Out {
	out := make(chan Out, 2)
	go func() {
		defer close(out)
		for v := range in {
			if r, ok := f(v); ok {
				out <- r
			}
		}
	}()
	return out
}

type pair struct {
	word string
	n    int
}

func main() {
	src := gen(strings.Fields("the quick brown fox jumps over the lazy dog again and again")...)
	upper := stage(src, func(s string) (string, bool) { return strings.ToUpper(s), len(s) > 3 })
	counted := stage(upper, func(s string) (pair, bool) { return pair{s, len(s)}, true })
	total := 0
	for p := range counted {
		total += p.n
		fmt.Printf("%s:%d ", p.word, p.n)
	}
	fmt.Println("\ntotal", total)

	// fan-out to N squarers, fan-in, results collected by index
	type job struct{ idx, v int }
	jobs := make(chan job)
	results := make(chan job)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- job{j.idx, j.v * j.v}
			}
		}(w)
	}
	go func() {
		for i := range 10 {
			jobs <- job{i, i + 1}
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()
	out := make([]int, 10)
	for r := range results {
		out[r.idx] = r.v
	}
	fmt.Println(out)

	// done channel stops an infinite generator
	done := make(chan struct{})
	nums := func() <-chan int {
		ch := make(chan int)
		go func() {
			defer close(ch)
			for i := 0; ; i++ {
				select {
				case ch <- i:
				case <-done:
					return
				}
			}
		}()
		return ch
	}()
	var got []int
	for v := range nums {
		got = append(got, v)
		if len(got) == 5 {
			close(done)
			break
		}
	}
	fmt.Println(got)
}
