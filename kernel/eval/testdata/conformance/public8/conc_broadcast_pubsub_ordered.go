package main

import (
	"fmt"
	"strings"
	"sync"
)

type Broker[T any] struct {
	mu   sync.Mutex
	subs map[string]chan T
}

func NewBroker[T any]() *Broker[T] { return &Broker[T]{subs: map[string]chan T{}} }

func (b *Broker[T]) Subscribe(name string, buf int) <-chan T {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan T, buf)
	b.subs[name] = ch
	return ch
}

func (b *Broker[T]) Publish(v T) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.subs {
		ch <- v
	}
}

func (b *Broker[T]) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for name, ch := range b.subs {
		close(ch)
		delete(b.subs, name)
	}
}

func main() {
	br := NewBroker[string]()
	names := []string{"logger", "metrics", "audit"}
	results := make([][]string, len(names))
	var wg sync.WaitGroup
	for i, n := range names {
		ch := br.Subscribe(n, 1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for msg := range ch {
				results[i] = append(results[i], strings.ToUpper(msg[:1])+msg[1:])
			}
		}()
	}
	for _, m := range []string{"login", "view", "logout"} {
		br.Publish(m)
	}
	br.Close()
	wg.Wait()
	for i, n := range names {
		fmt.Printf("%-8s %v\n", n, results[i])
	}
}
