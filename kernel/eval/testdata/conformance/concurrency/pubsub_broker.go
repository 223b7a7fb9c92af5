package main

import (
	"fmt"
	"sort"
	"sync"
)

type Broker struct {
	mu   sync.Mutex
	subs map[string][]chan string
}

func (b *Broker) Subscribe(topic string) <-chan string {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan string, 10)
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker) Publish(topic, msg string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.subs[topic] {
		ch <- msg
	}
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, subs := range b.subs {
		for _, ch := range subs {
			close(ch)
		}
	}
}

func main() {
	b := &Broker{subs: map[string][]chan string{}}
	s1 := b.Subscribe("news")
	s2 := b.Subscribe("news")
	s3 := b.Subscribe("sport")
	b.Publish("news", "hello")
	b.Publish("sport", "goal")
	b.Publish("news", "bye")
	b.Close()
	var wg sync.WaitGroup
	got := make([][]string, 3)
	for i, s := range []<-chan string{s1, s2, s3} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := range s {
				got[i] = append(got[i], m)
			}
		}()
	}
	wg.Wait()
	for i, g := range got {
		sort.Strings(g)
		fmt.Println(i, g)
	}
}
