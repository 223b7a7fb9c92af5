package main

import (
	"fmt"
	"sort"
	"sync"
)

type Beat struct {
	Worker string
	Seq    int
}

type Monitor struct {
	mu    sync.Mutex
	last  map[string]int
	gaps  map[string][]int
	total int
}

func (m *Monitor) Observe(b Beat) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if prev, ok := m.last[b.Worker]; ok && b.Seq != prev+1 {
		m.gaps[b.Worker] = append(m.gaps[b.Worker], b.Seq-prev-1)
	}
	m.last[b.Worker] = b.Seq
	m.total++
}

func worker(name string, skip map[int]bool, n int, out chan<- Beat, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 1; i <= n; i++ {
		if skip[i] {
			continue
		}
		out <- Beat{name, i}
	}
}

func main() {
	beats := make(chan Beat)
	var wg sync.WaitGroup
	wg.Add(3)
	go worker("a", nil, 10, beats, &wg)
	go worker("b", map[int]bool{3: true, 4: true, 8: true}, 10, beats, &wg)
	go worker("c", map[int]bool{1: true}, 5, beats, &wg)
	go func() { wg.Wait(); close(beats) }()
	m := &Monitor{last: map[string]int{}, gaps: map[string][]int{}}
	var consumers sync.WaitGroup
	perWorker := map[string]chan Beat{"a": make(chan Beat), "b": make(chan Beat), "c": make(chan Beat)}
	for _, ch := range perWorker {
		consumers.Add(1)
		go func() {
			defer consumers.Done()
			for b := range ch {
				m.Observe(b)
			}
		}()
	}
	for b := range beats {
		perWorker[b.Worker] <- b
	}
	for _, ch := range perWorker {
		close(ch)
	}
	consumers.Wait()
	names := []string{}
	for n := range m.last {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s last=%d gaps=%v\n", n, m.last[n], m.gaps[n])
	}
	fmt.Println("total", m.total)
}
