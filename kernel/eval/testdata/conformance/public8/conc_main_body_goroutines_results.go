package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func main() {
	urls := []string{"a.example/x", "b.example/yy", "c.example/zzz", "d.example/"}
	type res struct {
		url  string
		size int
	}
	var (
		mu      sync.Mutex
		wg      sync.WaitGroup
		results []res
	)
	for _, u := range urls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, path, _ := strings.Cut(u, "/")
			mu.Lock()
			results = append(results, res{u, len(path)})
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Slice(results, func(i, j int) bool { return results[i].size > results[j].size })
	for _, r := range results {
		fmt.Printf("%-15s %d\n", r.url, r.size)
	}

	done := make(chan struct{})
	ch := make(chan int, 3)
	go func() {
		defer close(done)
		for v := range ch {
			fmt.Println("got", v)
		}
	}()
	for i := range 3 {
		ch <- i * 100
	}
	close(ch)
	<-done

	errs := make(chan error, len(urls))
	for i, u := range urls {
		go func() {
			if strings.HasSuffix(u, "/") {
				errs <- fmt.Errorf("url %d %q: empty path", i, u)
				return
			}
			errs <- nil
		}()
	}
	failed := 0
	for range urls {
		if err := <-errs; err != nil {
			fmt.Println(err)
			failed++
		}
	}
	fmt.Println("failed", failed)
}
