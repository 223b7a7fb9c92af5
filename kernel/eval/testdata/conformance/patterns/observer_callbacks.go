package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	Name string
	Data any
}

type Handler func(Event) error

type Bus struct {
	handlers map[string][]Handler
	log      []string
}

func (b *Bus) On(name string, h Handler) {
	if b.handlers == nil {
		b.handlers = map[string][]Handler{}
	}
	b.handlers[name] = append(b.handlers[name], h)
}

func (b *Bus) Emit(e Event) (errs []error) {
	for i, h := range b.handlers[e.Name] {
		if err := h(e); err != nil {
			errs = append(errs, fmt.Errorf("handler %d: %w", i, err))
		}
	}
	b.log = append(b.log, e.Name)
	return
}

type Counter struct{ counts map[string]int }

func (c *Counter) Handle(e Event) error {
	c.counts[e.Name]++
	return nil
}

func main() {
	var bus Bus
	c := &Counter{counts: map[string]int{}}
	bus.On("click", c.Handle)
	bus.On("key", c.Handle)
	bus.On("click", func(e Event) error {
		if s, ok := e.Data.(string); ok && strings.HasPrefix(s, "bad") {
			return fmt.Errorf("bad data %q", s)
		}
		return nil
	})
	fmt.Println(bus.Emit(Event{"click", "ok"}))
	fmt.Println(bus.Emit(Event{"click", "bad!"}))
	fmt.Println(bus.Emit(Event{"key", 42}))
	fmt.Println(bus.Emit(Event{"none", nil}) == nil)
	keys := make([]string, 0)
	for k := range c.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, c.counts[k])
	}
	fmt.Println(bus.log)
}
