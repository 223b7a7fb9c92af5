package main

import (
	"context"
	"fmt"
	"strings"
	"sync"
)

type hit struct {
	doc  int
	line int
}

func search(ctx context.Context, docs []string, word string) []hit {
	out := make(chan hit)
	var wg sync.WaitGroup
	for i, d := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ln, line := range strings.Split(d, "\n") {
				if strings.Contains(line, word) {
					select {
					case out <- hit{i, ln + 1}:
					case <-ctx.Done():
						return
					}
				}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	var hits []hit
	for h := range out {
		hits = append(hits, h)
	}
	return hits
}

func main() {
	docs := []string{
		"alpha\nbeta gopher\ngamma",
		"gopher one\ngopher two",
		"nothing here",
		"x\ny\nz gopher",
	}
	hits := search(context.Background(), docs, "gopher")
	byDoc := make([][]int, len(docs))
	for _, h := range hits {
		byDoc[h.doc] = append(byDoc[h.doc], h.line)
	}
	for i, ls := range byDoc {
		fmt.Println(i, ls)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	fmt.Println("cancelled search hits <= total:", len(search(ctx, docs, "gopher")) <= len(hits))
}
