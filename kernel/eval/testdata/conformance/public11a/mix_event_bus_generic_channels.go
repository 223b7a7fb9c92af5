package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Event[T any] struct {
	Topic   string
	Payload T
	Seq     int
}

type Bus[T any] struct {
	mu     sync.RWMutex
	subs   map[string][]chan Event[T]
	seq    int
	wg     sync.WaitGroup
	closed bool
}

func NewBus[T any]() *Bus[T] { return &Bus[T]{subs: map[string][]chan Event[T]{}} }

func (b *Bus[T]) Subscribe(topic string, handle func(Event[T])) {
	ch := make(chan Event[T], 16)
	b.mu.Lock()
	b.subs[topic] = append(b.subs[topic], ch)
	b.mu.Unlock()
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		for ev := range ch {
			handle(ev)
		}
	}()
}

func (b *Bus[T]) Publish(topic string, p T) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.seq++
	n := 0
	for _, ch := range b.subs[topic] {
		ch <- Event[T]{topic, p, b.seq}
		n++
	}
	return n
}

func (b *Bus[T]) Close() {
	b.mu.Lock()
	for _, chs := range b.subs {
		for _, ch := range chs {
			close(ch)
		}
	}
	b.closed = true
	b.mu.Unlock()
	b.wg.Wait()
}

type Order struct {
	ID    int
	Total float64
}

func main() {
	bus := NewBus[Order]()
	var mu sync.Mutex
	var lines []string
	record := func(who string) func(Event[Order]) {
		return func(e Event[Order]) {
			mu.Lock()
			defer mu.Unlock()
			lines = append(lines, fmt.Sprintf("%s got #%d %s order %d %.2f", who, e.Seq, e.Topic, e.Payload.ID, e.Payload.Total))
		}
	}
	bus.Subscribe("created", record("mailer"))
	bus.Subscribe("created", record("audit"))
	bus.Subscribe("paid", record("audit"))
	fmt.Println(bus.Publish("created", Order{1, 9.99}))
	fmt.Println(bus.Publish("paid", Order{1, 9.99}))
	fmt.Println(bus.Publish("shipped", Order{1, 9.99}))
	fmt.Println(bus.Publish("created", Order{2, 120}))
	bus.Close()
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, "\n"))
	sb := NewBus[string]()
	var got []string
	sb.Subscribe("x", func(e Event[string]) { got = append(got, e.Payload) })
	for _, w := range []string{"a", "b", "c"} {
		sb.Publish("x", w)
	}
	sb.Close()
	fmt.Println(got, sb.closed)
}
