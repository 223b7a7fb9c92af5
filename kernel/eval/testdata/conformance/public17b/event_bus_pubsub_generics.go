package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Event interface {
	Topic() string
}

type UserCreated struct{ Name string }
type OrderPlaced struct {
	ID    int
	Total float64
}

func (UserCreated) Topic() string { return "user" }
func (OrderPlaced) Topic() string { return "order" }

type Handler func(Event) error

type Bus struct {
	mu       sync.RWMutex
	handlers map[string][]Handler
	log      []string
}

func NewBus() *Bus { return &Bus{handlers: map[string][]Handler{}} }

func (b *Bus) Subscribe(topic string, h Handler) func() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.handlers[topic] = append(b.handlers[topic], h)
	idx := len(b.handlers[topic]) - 1
	return func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		b.handlers[topic][idx] = nil
	}
}

func On[E Event](b *Bus, f func(E)) func() {
	var zero E
	return b.Subscribe(zero.Topic(), func(e Event) error {
		ev, ok := e.(E)
		if !ok {
			return fmt.Errorf("bad event %T for %s", e, zero.Topic())
		}
		f(ev)
		return nil
	})
}

func (b *Bus) Publish(e Event) []error {
	b.mu.RLock()
	hs := append([]Handler(nil), b.handlers[e.Topic()]...)
	b.mu.RUnlock()
	var errs []error
	for _, h := range hs {
		if h == nil {
			continue
		}
		if err := h(e); err != nil {
			errs = append(errs, err)
		}
	}
	b.mu.Lock()
	b.log = append(b.log, fmt.Sprintf("%s:%d", e.Topic(), len(hs)))
	b.mu.Unlock()
	return errs
}

type fakeOrder struct{}

func (fakeOrder) Topic() string { return "order" }

func main() {
	bus := NewBus()
	var mu sync.Mutex
	var seen []string
	record := func(s string) {
		mu.Lock()
		seen = append(seen, s)
		mu.Unlock()
	}
	On(bus, func(u UserCreated) { record("welcome " + u.Name) })
	unsub := On(bus, func(o OrderPlaced) { record(fmt.Sprintf("order %d %.2f", o.ID, o.Total)) })
	total := 0.0
	On(bus, func(o OrderPlaced) { total += o.Total })
	fmt.Println(bus.Publish(UserCreated{"ann"}))
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			bus.Publish(UserCreated{strings.Repeat("z", i)})
		}()
	}
	wg.Wait()
	bus.Publish(OrderPlaced{1, 9.5})
	unsub()
	bus.Publish(OrderPlaced{2, 0.5})
	errs := bus.Publish(fakeOrder{})
	fmt.Println(errs)
	sort.Strings(seen)
	fmt.Println(strings.Join(seen, "; "))
	fmt.Println(total, len(bus.log))
}
