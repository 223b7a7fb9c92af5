package main

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Hit(k string) { c.mu.Lock(); c.n[k]++; c.mu.Unlock() }

type Svc struct {
	*Counter
	name string
}

func (s Svc) Ping() { s.Hit(s.name) }

type Task struct {
	Pri  int
	Name string
}

func (t Task) Compare(o Task) int {
	return cmp.Or(cmp.Compare(o.Pri, t.Pri), strings.Compare(t.Name, o.Name))
}

func main() {
	c := &Counter{n: map[string]int{}}
	svcs := []Svc{{c, "a"}, {c, "b"}}
	var wg sync.WaitGroup
	for _, s := range svcs {
		f := s.Ping
		for range 3 {
			wg.Add(1)
			time.AfterFunc(time.Millisecond, func() { f(); wg.Done() })
		}
	}
	wg.Wait()
	fmt.Println(c.n)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	context.AfterFunc(ctx, func() { svcs[0].Ping(); close(done) })
	cancel()
	<-done
	fmt.Println(c.n["a"])
	tasks := []Task{{1, "x"}, {3, "b"}, {3, "a"}, {2, "z"}}
	slices.SortFunc(tasks, Task.Compare)
	fmt.Println(tasks)
	idx, found := slices.BinarySearchFunc(tasks, Task{2, "z"}, Task.Compare)
	fmt.Println(idx, found)
	var once sync.Once
	pings := 0
	ping := svcs[1].Ping
	for range 3 {
		once.Do(ping)
		pings++
	}
	fmt.Println(c.n["b"], pings)
	fns := map[string]func(Svc){"ping": Svc.Ping}
	fns["ping"](svcs[0])
	fmt.Println(c.n["a"])
}
