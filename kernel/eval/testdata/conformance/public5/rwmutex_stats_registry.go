package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Metric struct {
	Name  string
	Count int
	Sum   float64
}

func (m Metric) Mean() float64 {
	if m.Count == 0 {
		return 0
	}
	return m.Sum / float64(m.Count)
}

type Registry struct {
	mu      sync.RWMutex
	metrics map[string]*Metric
}

func (r *Registry) Observe(name string, v float64) {
	r.mu.RLock()
	m, ok := r.metrics[name]
	r.mu.RUnlock()
	if !ok {
		r.mu.Lock()
		if m, ok = r.metrics[name]; !ok {
			m = &Metric{Name: name}
			r.metrics[name] = m
		}
		r.mu.Unlock()
	}
	r.mu.Lock()
	m.Count++
	m.Sum += v
	r.mu.Unlock()
}

func (r *Registry) Report() string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	names := make([]string, 0, len(r.metrics))
	for n := range r.metrics {
		names = append(names, n)
	}
	sort.Strings(names)
	var sb strings.Builder
	for _, n := range names {
		m := *r.metrics[n]
		fmt.Fprintf(&sb, "%-8s n=%-3d sum=%-7.1f mean=%.2f\n", m.Name, m.Count, m.Sum, m.Mean())
	}
	return sb.String()
}

func main() {
	r := &Registry{metrics: map[string]*Metric{}}
	var wg sync.WaitGroup
	names := []string{"latency", "size", "errors"}
	for i := 0; i < 60; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.Observe(names[i%3], float64(i%7))
		}()
	}
	wg.Wait()
	fmt.Print(r.Report())
	var once sync.Once
	readers := 0
	var rmu sync.Mutex
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.mu.RLock()
			defer r.mu.RUnlock()
			once.Do(func() { fmt.Println("first reader sees", len(r.metrics), "metrics") })
			rmu.Lock()
			readers++
			rmu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("readers", readers)
	m := Metric{"x", 0, 0}
	fmt.Printf("%+v %.1f\n", m, m.Mean())
}
