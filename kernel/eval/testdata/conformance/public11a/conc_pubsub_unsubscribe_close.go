package main

import (
	"fmt"
	"sort"
	"sync"
)

type Broker struct {
	mu     sync.Mutex
	subs   map[int]chan string
	nextID int
}

func NewBroker() *Broker { return &Broker{subs: map[int]chan string{}} }

func (b *Broker) Subscribe() (int, <-chan string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.nextID++
	ch := make(chan string, 8)
	b.subs[b.nextID] = ch
	return b.nextID, ch
}

func (b *Broker) Unsubscribe(id int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if ch, ok := b.subs[id]; ok {
		close(ch)
		delete(b.subs, id)
	}
}

func (b *Broker) Publish(msg string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.subs {
		ch <- msg
	}
	return len(b.subs)
}

func main() {
	b := NewBroker()
	var wg sync.WaitGroup
	got := make([][]string, 4)
	ids := make([]int, 4)
	for i := range 4 {
		id, ch := b.Subscribe()
		ids[i] = id
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := range ch {
				got[i] = append(got[i], m)
			}
		}()
	}
	fmt.Println("sent to", b.Publish("hello"))
	b.Unsubscribe(ids[1])
	b.Unsubscribe(ids[1])
	fmt.Println("sent to", b.Publish("world"))
	b.Unsubscribe(ids[3])
	fmt.Println("sent to", b.Publish("!"))
	for _, id := range []int{ids[0], ids[2]} {
		b.Unsubscribe(id)
	}
	wg.Wait()
	for i, g := range got {
		fmt.Println(i, g)
	}
	keys := []int{}
	for k := range b.subs {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println("left:", keys)
}
