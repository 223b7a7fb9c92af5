package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type Event struct {
	Name string
	At   int
}

type Bus struct {
	mu   sync.Mutex
	subs map[string][]func(Event)
}

func NewBus() *Bus { return &Bus{subs: map[string][]func(Event){}} }

func (b *Bus) On(name string, f func(Event)) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.subs[name] = append(b.subs[name], f)
}

func (b *Bus) Emit(e Event) int {
	b.mu.Lock()
	fs := b.subs[e.Name]
	b.mu.Unlock()
	for _, f := range fs {
		f(e)
	}
	return len(fs)
}

type Counter struct {
	sync.Mutex
	n map[string]int
}

func (c *Counter) Inc(k string) {
	c.Lock()
	c.n[k]++
	c.Unlock()
}

func worker(id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- fmt.Sprintf("w%d:j%d=%d", id%1, j, j*j)
	}
}

func main() {
	bus := NewBus()
	var log []string
	bus.On("start", func(e Event) { log = append(log, "A:"+e.Name) })
	bus.On("start", func(e Event) { log = append(log, fmt.Sprintf("B:%d", e.At)) })
	fmt.Println(bus.Emit(Event{"start", 5}), bus.Emit(Event{"stop", 6}), log)

	c := Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc([]string{"x", "y"}[i%2])
		}()
	}
	wg.Wait()
	fmt.Println(c.n["x"], c.n["y"])

	jobs := make(chan int, 10)
	results := make(chan string, 10)
	var wg2 sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg2.Add(1)
		go worker(w, jobs, results, &wg2)
	}
	for j := 1; j <= 5; j++ {
		jobs <- j
	}
	close(jobs)
	go func() { wg2.Wait(); close(results) }()
	var rs []string
	for r := range results {
		rs = append(rs, r)
	}
	sortStrings(rs)
	fmt.Println(strings.Join(rs, " "))

	done := make(chan struct{})
	ticker := time.NewTicker(time.Millisecond)
	count := 0
	go func() {
		for range ticker.C {
			count++
			if count == 3 {
				ticker.Stop()
				close(done)
				return
			}
		}
	}()
	<-done
	fmt.Println("ticks", count)

	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	active, maxActive := 0, 0
	var wg3 sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			time.Sleep(time.Millisecond)
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg3.Wait()
	fmt.Println("max active <= 2:", maxActive <= 2)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	ch := make(chan int)
	select {
	case v := <-ch:
		fmt.Println(v)
	default:
		fmt.Println("no value")
	}
	timeout := time.After(5 * time.Second)
	res := make(chan int, 1)
	go func() { res <- 42 }()
	select {
	case v := <-res:
		fmt.Println("got", v)
	case <-timeout:
		fmt.Println("timeout")
	}
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
