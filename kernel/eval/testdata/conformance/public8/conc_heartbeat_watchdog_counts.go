package main

import (
	"fmt"
	"sync"
)

type Watchdog struct {
	mu       sync.Mutex
	beats    map[string]int
	deadline int
}

func (w *Watchdog) Beat(name string) {
	w.mu.Lock()
	w.beats[name]++
	w.mu.Unlock()
}

func (w *Watchdog) Check(names []string) []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	var dead []string
	for _, n := range names {
		if w.beats[n] < w.deadline {
			dead = append(dead, fmt.Sprintf("%s(%d)", n, w.beats[n]))
		}
	}
	return dead
}

func main() {
	wd := &Watchdog{beats: map[string]int{}, deadline: 5}
	workers := map[string]int{"alpha": 10, "beta": 3, "gamma": 5, "delta": 0}
	names := []string{"alpha", "beta", "gamma", "delta"}
	var wg sync.WaitGroup
	for _, n := range names {
		wg.Add(1)
		go func(name string, beats int) {
			defer wg.Done()
			for range beats {
				wd.Beat(name)
			}
		}(n, workers[n])
	}
	wg.Wait()
	fmt.Println("unhealthy:", wd.Check(names))
	wd.deadline = 1
	fmt.Println("unhealthy:", wd.Check(names))
}
