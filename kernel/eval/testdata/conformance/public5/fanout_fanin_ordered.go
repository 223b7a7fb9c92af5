package main

import (
	"fmt"
	"strings"
	"sync"
)

type Job struct {
	Seq  int
	Text string
}

type Result struct {
	Seq   int
	Words int
	Upper string
}

func fanOut(jobs <-chan Job, n int, work func(Job) Result) []<-chan Result {
	outs := make([]<-chan Result, n)
	for i := range outs {
		ch := make(chan Result)
		outs[i] = ch
		go func() {
			defer close(ch)
			for j := range jobs {
				ch <- work(j)
			}
		}()
	}
	return outs
}

func fanIn(chs ...<-chan Result) <-chan Result {
	out := make(chan Result)
	var wg sync.WaitGroup
	wg.Add(len(chs))
	for _, c := range chs {
		go func(c <-chan Result) {
			defer wg.Done()
			for r := range c {
				out <- r
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func reorder(in <-chan Result) []Result {
	pending := map[int]Result{}
	next := 0
	var out []Result
	for r := range in {
		pending[r.Seq] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			out = append(out, p)
			delete(pending, next)
			next++
		}
	}
	return out
}

func main() {
	lines := strings.Split("the quick brown fox|jumps over|the lazy dog|and keeps running|far away|to the end of the line", "|")
	jobs := make(chan Job)
	go func() {
		defer close(jobs)
		for i, l := range lines {
			jobs <- Job{i, l}
		}
	}()
	work := func(j Job) Result {
		return Result{j.Seq, len(strings.Fields(j.Text)), strings.ToUpper(j.Text)}
	}
	for _, r := range reorder(fanIn(fanOut(jobs, 3, work)...)) {
		fmt.Printf("%d %d %s\n", r.Seq, r.Words, r.Upper)
	}
}
