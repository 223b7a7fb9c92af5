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
	mu   sync.RWMutex
	subs map[string][]chan Message
}

func NewBroker() *Broker { return &Broker{subs: map[string][]chan Message{}} }

func (b *Broker) Subscribe(topic string, buf int) <-chan Message {
	ch := make(chan Message, buf)
	b.mu.Lock()
	b.subs[topic] = append(b.subs[topic], ch)
	b.mu.Unlock()
	return ch
}

func (b *Broker) Publish(m Message) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	n := 0
	for _, ch := range b.subs[m.Topic] {
		select {
		case ch <- m:
			n++
		default:
		}
	}
	return n
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for t, chs := range b.subs {
		for _, ch := range chs {
			close(ch)
		}
		delete(b.subs, t)
	}
}

func main() {
	b := NewBroker()
	news1 := b.Subscribe("news", 10)
	news2 := b.Subscribe("news", 1)
	sports := b.Subscribe("sports", 10)
	var delivered []int
	for i := range 3 {
		delivered = append(delivered, b.Publish(Message{"news", fmt.Sprint("headline ", i)}))
	}
	delivered = append(delivered, b.Publish(Message{"sports", "goal"}), b.Publish(Message{"weather", "rain"}))
	fmt.Println(delivered)
	b.Close()
	var wg sync.WaitGroup
	var mu sync.Mutex
	got := map[string][]string{}
	for name, ch := range map[string]<-chan Message{"n1": news1, "n2": news2, "sp": sports} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := range ch {
				mu.Lock()
				got[name] = append(got[name], m.Body)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	names := make([]string, 0, len(got))
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s: %s\n", n, strings.Join(got[n], "; "))
	}
	fmt.Println(len(b.subs))
}
