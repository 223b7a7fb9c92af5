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

type PubSub struct {
	mu     sync.RWMutex
	subs   map[string][]chan Message
	closed bool
}

func NewPubSub() *PubSub { return &PubSub{subs: map[string][]chan Message{}} }

func (ps *PubSub) Subscribe(topic string) <-chan Message {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	ch := make(chan Message, 8)
	ps.subs[topic] = append(ps.subs[topic], ch)
	return ch
}

func (ps *PubSub) Publish(topic, body string) int {
	ps.mu.RLock()
	defer ps.mu.RUnlock()
	if ps.closed {
		return 0
	}
	for _, ch := range ps.subs[topic] {
		ch <- Message{topic, body}
	}
	return len(ps.subs[topic])
}

func (ps *PubSub) Close() {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if ps.closed {
		return
	}
	ps.closed = true
	for _, subs := range ps.subs {
		for _, ch := range subs {
			close(ch)
		}
	}
}

func main() {
	ps := NewPubSub()
	news1 := ps.Subscribe("news")
	news2 := ps.Subscribe("news")
	sport := ps.Subscribe("sport")
	var wg sync.WaitGroup
	collected := make([][]string, 3)
	for i, ch := range []<-chan Message{news1, news2, sport} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := range ch {
				collected[i] = append(collected[i], m.Topic+":"+m.Body)
			}
		}()
	}
	fmt.Println(ps.Publish("news", "go 1.26 released"))
	fmt.Println(ps.Publish("sport", "match won"))
	fmt.Println(ps.Publish("weather", "sunny"))
	fmt.Println(ps.Publish("news", "generics everywhere"))
	ps.Close()
	ps.Close()
	fmt.Println(ps.Publish("news", "late"))
	wg.Wait()
	for _, c := range collected {
		sort.Strings(c)
		fmt.Println(strings.Join(c, " | "))
	}
}
