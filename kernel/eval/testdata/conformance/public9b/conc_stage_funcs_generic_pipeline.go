package main

import (
	"fmt"
	"strings"
	"sync"
)

type Stage[In, Out any] func(In) (Out, bool)

func Run[In, Out any](in <-chan In, workers int, st Stage[In, Out]) <-chan Out {
	out := make(chan Out)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range in {
				if o, ok := st(v); ok {
					out <- o
				}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func Source[T any](vals ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, v := range vals {
			ch <- v
		}
	}()
	return ch
}

type Word struct {
	Text string
	Len  int
}

func (w Word) String() string { return fmt.Sprintf("%s(%d)", w.Text, w.Len) }

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog again and again")
	trimmed := Run(Source(words...), 3, func(s string) (string, bool) {
		return strings.ToUpper(s), len(s) > 3
	})
	tagged := Run(trimmed, 2, func(s string) (Word, bool) { return Word{s, len(s)}, true })
	counts := map[string]int{}
	total := 0
	for w := range tagged {
		counts[w.String()]++
		total += w.Len
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if keys[j] < keys[i] {
				keys[i], keys[j] = keys[j], keys[i]
			}
		}
	}
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}
	fmt.Println("total", total)
	sq := Run(Source(1, 2, 3, 4, 5, 6), 4, func(n int) (int, bool) { return n * n, n%2 == 0 })
	sum := 0
	for v := range sq {
		sum += v
	}
	fmt.Println(sum)
}
