package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Message struct {
	Topic string
	Body  string
}

type Broker struct {
	mu     sync.RWMutex
	subs   map[string]map[int]chan Message
	nextID int
}

func NewBroker() *Broker { return &Broker{subs: map[string]map[int]chan Message{}} }

func (b *Broker) Subscribe(topic string, buf int) (int, <-chan Message) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.nextID++
	ch := make(chan Message, buf)
	if b.subs[topic] == nil {
		b.subs[topic] = map[int]chan Message{}
	}
	b.subs[topic][b.nextID] = ch
	return b.nextID, ch
}

func (b *Broker) Unsubscribe(topic string, id int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if ch, ok := b.subs[topic][id]; ok {
		close(ch)
		delete(b.subs[topic], id)
	}
}

func (b *Broker) Publish(m Message) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	n := 0
	for _, ch := range b.subs[m.Topic] {
		ch <- m
		n++
	}
	return n
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for t, m := range b.subs {
		for id, ch := range m {
			close(ch)
			delete(m, id)
		}
		delete(b.subs, t)
	}
}

func main() {
	b := NewBroker()
	var wg sync.WaitGroup
	var mu sync.Mutex
	got := map[string][]string{}
	listen := func(name string, ch <-chan Message) {
		defer wg.Done()
		for m := range ch {
			mu.Lock()
			got[name] = append(got[name], m.Topic+":"+m.Body)
			mu.Unlock()
		}
	}
	_, c1 := b.Subscribe("news", 10)
	id2, c2 := b.Subscribe("news", 10)
	_, c3 := b.Subscribe("sports", 10)
	wg.Add(3)
	go listen("alice", c1)
	go listen("bob", c2)
	go listen("carol", c3)
	fmt.Println(b.Publish(Message{"news", "rates up"}))
	fmt.Println(b.Publish(Message{"sports", "team wins"}))
	b.Unsubscribe("news", id2)
	b.Unsubscribe("news", id2)
	fmt.Println(b.Publish(Message{"news", "rates down"}))
	fmt.Println(b.Publish(Message{"weather", "sunny"}))
	b.Close()
	wg.Wait()
	names := make([]string, 0, len(got))
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s: %s\n", n, strings.Join(got[n], ", "))
	}
}
