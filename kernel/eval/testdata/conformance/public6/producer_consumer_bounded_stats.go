package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Order struct {
	ID     int
	Amount int
	Region string
}

type Stats struct {
	mu       sync.Mutex
	byRegion map[string]int
	count    atomic.Int64
	max      atomic.Int64
}

func (s *Stats) Add(o Order) {
	s.count.Add(1)
	for {
		cur := s.max.Load()
		if int64(o.Amount) <= cur || s.max.CompareAndSwap(cur, int64(o.Amount)) {
			break
		}
	}
	s.mu.Lock()
	s.byRegion[o.Region] += o.Amount
	s.mu.Unlock()
}

func producer(id, n int, out chan<- Order, wg *sync.WaitGroup) {
	defer wg.Done()
	regions := []string{"north", "south", "east", "west"}
	for i := 0; i < n; i++ {
		out <- Order{ID: id*1000 + i, Amount: (id*7 + i*13) % 100, Region: regions[(id+i)%4]}
	}
}

func main() {
	orders := make(chan Order, 8)
	var pwg sync.WaitGroup
	for p := 1; p <= 3; p++ {
		pwg.Add(1)
		go producer(p, 50, orders, &pwg)
	}
	go func() {
		pwg.Wait()
		close(orders)
	}()
	stats := &Stats{byRegion: map[string]int{}}
	var cwg sync.WaitGroup
	perConsumer := make([]int, 4)
	for c := range 4 {
		cwg.Add(1)
		go func() {
			defer cwg.Done()
			for o := range orders {
				stats.Add(o)
				perConsumer[c]++
			}
		}()
	}
	cwg.Wait()
	regions := make([]string, 0)
	total := 0
	for r, v := range stats.byRegion {
		regions = append(regions, r)
		total += v
	}
	sort.Strings(regions)
	for _, r := range regions {
		fmt.Printf("%-5s %d\n", r, stats.byRegion[r])
	}
	sum := 0
	for _, n := range perConsumer {
		sum += n
	}
	fmt.Println("count", stats.count.Load(), "max", stats.max.Load(), "total", total, "consumed", sum)
}
