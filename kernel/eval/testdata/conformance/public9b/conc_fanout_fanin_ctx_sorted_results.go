package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Doc struct {
	ID   int
	Text string
}

type Hit struct {
	DocID int
	Term  string
	Count int
}

func search(ctx context.Context, docs <-chan Doc, terms []string) <-chan Hit {
	out := make(chan Hit)
	go func() {
		defer close(out)
		for d := range docs {
			words := strings.Fields(strings.ToLower(d.Text))
			for _, t := range terms {
				n := 0
				for _, w := range words {
					if strings.Trim(w, ".,!?") == t {
						n++
					}
				}
				if n == 0 {
					continue
				}
				select {
				case out <- Hit{d.ID, t, n}:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out
}

func merge(ctx context.Context, ins ...<-chan Hit) <-chan Hit {
	out := make(chan Hit)
	var wg sync.WaitGroup
	for _, in := range ins {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for h := range in {
				select {
				case out <- h:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	corpus := []string{
		"Go is fast. Go is fun!",
		"Channels orchestrate; mutexes serialize.",
		"Don't communicate by sharing memory, share memory by communicating.",
		"Concurrency is not parallelism. Go makes concurrency easy.",
		"fun fun fun",
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	docs := make(chan Doc)
	go func() {
		defer close(docs)
		for i, t := range corpus {
			docs <- Doc{i, t}
		}
	}()
	terms := []string{"go", "fun", "memory", "concurrency", "rust"}
	var workers []<-chan Hit
	for range 3 {
		workers = append(workers, search(ctx, docs, terms))
	}
	var hits []Hit
	for h := range merge(ctx, workers...) {
		hits = append(hits, h)
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].Term != hits[j].Term {
			return hits[i].Term < hits[j].Term
		}
		return hits[i].DocID < hits[j].DocID
	})
	totals := map[string]int{}
	for _, h := range hits {
		fmt.Printf("%-12s doc%d x%d\n", h.Term, h.DocID, h.Count)
		totals[h.Term] += h.Count
	}
	fmt.Println(totals)
}
