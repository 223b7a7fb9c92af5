package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Processor interface {
	Process(string) string
	Name() string
}

type upper struct{}

func (upper) Process(s string) string { return strings.ToUpper(s) }
func (upper) Name() string            { return "upper" }

type reverse struct{}

func (reverse) Process(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}
func (reverse) Name() string { return "reverse" }

type counted struct {
	Processor
	mu sync.Mutex
	n  int
}

func (c *counted) Process(s string) string {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
	return c.Processor.Process(s)
}

func main() {
	procs := []*counted{{Processor: upper{}}, {Processor: reverse{}}}
	inputs := strings.Fields("go is fun to write")
	var wg sync.WaitGroup
	var mu sync.Mutex
	out := map[string][]string{}
	for _, p := range procs {
		for _, in := range inputs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r := p.Process(in)
				mu.Lock()
				out[p.Name()] = append(out[p.Name()], r)
				mu.Unlock()
			}()
		}
	}
	wg.Wait()
	for _, p := range procs {
		res := out[p.Name()]
		sort.Strings(res)
		fmt.Println(p.Name(), p.n, res)
	}
	var pr Processor = procs[1]
	fmt.Println(pr.Process("abc"), pr.Name(), procs[1].n)
}
