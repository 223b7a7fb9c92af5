package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func main() {
	type state int
	const (
		idle state = iota
		running
		stopped
	)
	names := map[state]string{idle: "idle", running: "running", stopped: "stopped"}
	type machine struct {
		mu  sync.Mutex
		st  state
		log []string
	}
	m := &machine{}
	i := 0
loop:
	if i < 3 {
		m.st = state(i)
		m.log = append(m.log, names[m.st])
		i++
		goto loop
	}
	fmt.Println(m.log, i)

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	results := make([]int, 10)
	var wg sync.WaitGroup
	for k := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[k] = fib(k)
		}()
	}
	wg.Wait()
	fmt.Println(results)

	x := 1
	{
		x := 2
		x++
		_ = x
	}
	fmt.Println("outer x", x)

	ch := make(chan string)
	go func() {
		for _, w := range strings.Fields("one two three stop four") {
			ch <- w
		}
		close(ch)
	}()
	var got []string
recv:
	for {
		select {
		case w, ok := <-ch:
			if !ok {
				break recv
			}
			if w == "stop" {
				for range ch {
				}
				break recv
			}
			got = append(got, w)
		}
	}
	fmt.Println(got)

	switch n := len(got); {
	case n > 2:
		fmt.Println("more than two")
		fallthrough
	case n > 1:
		fmt.Println("more than one")
	default:
		fmt.Println("few")
	}

	type pair struct {
		k string
		v int
	}
	counts := map[string]int{}
	var mu sync.Mutex
	for _, w := range strings.Fields("a b a c b a") {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			counts[w]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	var ps []pair
	for k, v := range counts {
		ps = append(ps, pair{k, v})
	}
	sort.Slice(ps, func(a, b int) bool { return ps[a].v > ps[b].v })
	fmt.Printf("%v %+v\n", ps, ps[0])
	fmt.Printf("%T\n", ps[0])
}
