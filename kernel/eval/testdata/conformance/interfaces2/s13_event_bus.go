package main

import (
	"fmt"
	"reflect"
	"sort"
)

// An event bus: handlers subscribe to an event type (the reflect type of a
// sample event), events are published as values of an interface type, and
// envelopes keep the event in a field of that interface type.

type Event interface{ Topic() string }

type UserCreated struct{ Name string }
type OrderPlaced struct {
	ID    int
	Total float64
}

func (UserCreated) Topic() string  { return "users" }
func (*OrderPlaced) Topic() string { return "orders" }

type Envelope struct {
	Seq   int
	Event Event
}

type Handler func(Envelope)

type Bus struct {
	seq      int
	handlers map[reflect.Type][]Handler
	log      []Envelope
}

func (b *Bus) Subscribe(sample Event, h Handler) {
	if b.handlers == nil {
		b.handlers = map[reflect.Type][]Handler{}
	}
	t := reflect.TypeOf(sample)
	b.handlers[t] = append(b.handlers[t], h)
}

func (b *Bus) Publish(e Event) int {
	b.seq++
	env := Envelope{Seq: b.seq, Event: e}
	b.log = append(b.log, env)
	hs := b.handlers[reflect.TypeOf(e)]
	for _, h := range hs {
		h(env)
	}
	return len(hs)
}

func main() {
	bus := &Bus{}
	totals := map[string]float64{}
	bus.Subscribe(UserCreated{}, func(env Envelope) {
		u := env.Event.(UserCreated)
		fmt.Printf("#%d welcome %s (%s)\n", env.Seq, u.Name, env.Event.Topic())
	})
	bus.Subscribe(&OrderPlaced{}, func(env Envelope) {
		o := env.Event.(*OrderPlaced)
		totals[env.Event.Topic()] += o.Total
		fmt.Printf("#%d order %d: %.2f\n", env.Seq, o.ID, o.Total)
	})
	bus.Subscribe(&OrderPlaced{}, func(env Envelope) {
		if o, ok := env.Event.(*OrderPlaced); ok && o.Total > 100 {
			fmt.Println("   big order", o.ID)
		}
	})
	fmt.Println(bus.Publish(UserCreated{"ada"}))
	fmt.Println(bus.Publish(&OrderPlaced{1, 25.5}))
	fmt.Println(bus.Publish(&OrderPlaced{2, 250}))
	fmt.Println(bus.Publish(UserCreated{"bob"}))
	fmt.Println(totals)

	byTopic := map[string][]int{}
	for _, env := range bus.log {
		byTopic[env.Event.Topic()] = append(byTopic[env.Event.Topic()], env.Seq)
	}
	var topics []string
	for t := range byTopic {
		topics = append(topics, t)
	}
	sort.Strings(topics)
	for _, t := range topics {
		fmt.Println(t, byTopic[t])
	}
	var types []string
	for t := range bus.handlers {
		types = append(types, fmt.Sprintf("%v:%d", t, len(bus.handlers[t])))
	}
	sort.Strings(types)
	fmt.Println(types)
	fmt.Printf("%v %+v\n", bus.log[0], bus.log[0])
}
