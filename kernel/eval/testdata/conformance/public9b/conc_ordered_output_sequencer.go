package main

import (
	"fmt"
	"strings"
	"sync"
)

type result struct {
	idx  int
	line string
}

type Sequencer struct {
	next    int
	pending map[int]string
	out     []string
}

func (s *Sequencer) Push(r result) {
	s.pending[r.idx] = r.line
	for {
		line, ok := s.pending[s.next]
		if !ok {
			return
		}
		delete(s.pending, s.next)
		s.out = append(s.out, line)
		s.next++
	}
}

func main() {
	inputs := strings.Split("alpha,bravo,charlie,delta,echo,foxtrot,golf,hotel,india", ",")
	jobs := make(chan int)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := range jobs {
				s := inputs[i]
				results <- result{i, fmt.Sprintf("%d:%s:%d", i, strings.ToUpper(s[:1])+s[1:], len(s))}
			}
		}(w)
	}
	go func() {
		for i := range inputs {
			jobs <- i
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()
	seq := &Sequencer{pending: map[int]string{}}
	maxPending := 0
	for r := range results {
		seq.Push(r)
		maxPending = max(maxPending, len(seq.pending))
	}
	fmt.Println(strings.Join(seq.out, "\n"))
	fmt.Println(len(seq.out), len(seq.pending), maxPending < len(inputs))
}
