package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	Topic   string
	Payload any
}

type Handler func(Event) error

type Bus struct {
	subs    map[string][]Handler
	history []string
}

func NewBus() *Bus { return &Bus{subs: map[string][]Handler{}} }

func (b *Bus) Subscribe(topic string, h Handler) func() {
	b.subs[topic] = append(b.subs[topic], h)
	idx := len(b.subs[topic]) - 1
	return func() { b.subs[topic][idx] = nil }
}

func (b *Bus) Publish(topic string, payload any) []error {
	var errs []error
	for _, h := range b.subs[topic] {
		if h == nil {
			continue
		}
		if err := h(Event{topic, payload}); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", topic, err))
		}
	}
	b.history = append(b.history, topic)
	return errs
}

type Audit struct{ lines []string }

func (a *Audit) Record(e Event) error {
	a.lines = append(a.lines, fmt.Sprintf("%s:%v", e.Topic, e.Payload))
	return nil
}

type Stock struct {
	levels map[string]int
}

func (s *Stock) OnOrder(e Event) error {
	o := e.Payload.(map[string]int)
	keys := make([]string, 0, len(o))
	for k := range o {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if s.levels[k] < o[k] {
			return fmt.Errorf("not enough %s (%d < %d)", k, s.levels[k], o[k])
		}
		s.levels[k] -= o[k]
	}
	return nil
}

func main() {
	bus := NewBus()
	audit := &Audit{}
	stock := &Stock{levels: map[string]int{"apple": 5, "pear": 1}}
	bus.Subscribe("order", audit.Record)
	unsub := bus.Subscribe("order", stock.OnOrder)
	bus.Subscribe("user", audit.Record)
	count := 0
	bus.Subscribe("user", func(e Event) error { count++; return nil })
	fmt.Println(bus.Publish("order", map[string]int{"apple": 2}))
	fmt.Println(bus.Publish("order", map[string]int{"apple": 1, "pear": 3}))
	fmt.Println(bus.Publish("user", "ann"), bus.Publish("user", struct{ ID int }{7}))
	unsub()
	fmt.Println(bus.Publish("order", map[string]int{"pear": 9}))
	fmt.Println(bus.Publish("nobody", nil))
	fmt.Println(stock.levels, count)
	fmt.Println(strings.Join(audit.lines, "\n"))
	fmt.Println(bus.history)
}
