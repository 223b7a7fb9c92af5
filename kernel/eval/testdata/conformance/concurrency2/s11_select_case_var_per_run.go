package main

import (
	"fmt"
	"sort"
	"sync"
)

// The variable a select clause declares (case msg := <-in:) and the one a
// type switch declares are new each time the statement runs: a goroutine
// or closure started in one run keeps its own value.

type job struct {
	id   int
	name string
}

func main() {
	in := make(chan job)
	quit := make(chan bool)
	go func() {
		for i := 1; i <= 4; i++ {
			in <- job{i, fmt.Sprint("job-", i)}
		}
		close(quit)
	}()

	var wg sync.WaitGroup
	var mu sync.Mutex
	var done []string
	var later []func() string
loop:
	for {
		select {
		case msg := <-in:
			wg.Add(1)
			go func() {
				defer wg.Done()
				mu.Lock()
				done = append(done, fmt.Sprintf("%d:%s", msg.id, msg.name))
				mu.Unlock()
			}()
			later = append(later, func() string { return msg.name })
		case _, ok := <-quit:
			fmt.Println("quit received, ok =", ok)
			break loop
		}
	}
	wg.Wait()
	sort.Strings(done)
	fmt.Println(done)
	for _, f := range later {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ptrs []*int
	var names []func() string
	for _, v := range []any{1, "two", 3, "four", 5.5} {
		switch x := v.(type) {
		case int:
			ptrs = append(ptrs, &x)
		case string:
			names = append(names, func() string { return x })
		default:
			names = append(names, func() string { return fmt.Sprint("other ", x) })
		}
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	for _, f := range names {
		fmt.Print(f(), " | ")
	}
	fmt.Println()

	results := make(chan int, 3)
	var got []*int
	for i := 0; i < 3; i++ {
		results <- i * i
		select {
		case r, ok := <-results:
			if ok {
				got = append(got, &r)
			}
		}
	}
	for _, p := range got {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
