package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Message struct {
	ID      int
	Payload string
}

type Broker struct {
	mu     sync.Mutex
	subs   map[string][]chan Message
	closed bool
}

func NewBroker() *Broker { return &Broker{subs: map[string][]chan Message{}} }

func (b *Broker) Subscribe(topic string, buf int) <-chan Message {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan Message, buf)
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker) Publish(topic string, m Message) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return 0
	}
	for _, ch := range b.subs[topic] {
		ch <- m
	}
	return len(b.subs[topic])
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	for _, chs := range b.subs {
		for _, ch := range chs {
			close(ch)
		}
	}
}

func main() {
	b := NewBroker()
	news1 := b.Subscribe("news", 10)
	news2 := b.Subscribe("news", 10)
	sport := b.Subscribe("sport", 10)
	var wg sync.WaitGroup
	var mu sync.Mutex
	got := map[string][]string{}
	consume := func(name string, ch <-chan Message) {
		defer wg.Done()
		for m := range ch {
			mu.Lock()
			got[name] = append(got[name], fmt.Sprintf("%d:%s", m.ID, m.Payload))
			mu.Unlock()
		}
		mu.Lock()
		got[name] = append(got[name], "closed")
		mu.Unlock()
	}
	wg.Add(3)
	go consume("n1", news1)
	go consume("n2", news2)
	go consume("s", sport)
	fmt.Println(b.Publish("news", Message{1, "hello"}))
	fmt.Println(b.Publish("sport", Message{2, "goal"}))
	fmt.Println(b.Publish("weather", Message{3, "rain"}))
	fmt.Println(b.Publish("news", Message{4, "bye"}))
	b.Close()
	fmt.Println(b.Publish("news", Message{5, "late"}))
	wg.Wait()
	names := make([]string, 0, len(got))
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, strings.Join(got[n], " "))
	}
}
