package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	Topic   string
	Payload any
}

type Handler func(Event) error

type sub struct {
	id       int
	priority int
	h        Handler
	once     bool
}

type Bus struct {
	subs   map[string][]*sub
	nextID int
	log    []string
}

func NewBus() *Bus { return &Bus{subs: map[string][]*sub{}} }

func (b *Bus) Subscribe(topic string, prio int, h Handler) (unsubscribe func()) {
	b.nextID++
	s := &sub{id: b.nextID, priority: prio, h: h}
	b.subs[topic] = append(b.subs[topic], s)
	sort.SliceStable(b.subs[topic], func(i, j int) bool { return b.subs[topic][i].priority > b.subs[topic][j].priority })
	return func() {
		list := b.subs[topic]
		for i, x := range list {
			if x == s {
				b.subs[topic] = append(list[:i:i], list[i+1:]...)
				return
			}
		}
	}
}

func (b *Bus) Once(topic string, h Handler) {
	b.Subscribe(topic, 0, h)
	list := b.subs[topic]
	for _, s := range list {
		if s.id == b.nextID {
			s.once = true
		}
	}
}

var ErrStop = errors.New("stop propagation")

func (b *Bus) Publish(e Event) error {
	var errs []error
	list := append([]*sub(nil), b.subs[e.Topic]...)
	for _, s := range list {
		if s.once {
			for i, x := range b.subs[e.Topic] {
				if x == s {
					b.subs[e.Topic] = append(b.subs[e.Topic][:i:i], b.subs[e.Topic][i+1:]...)
					break
				}
			}
		}
		err := func() (err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("handler %d panicked: %v", s.id, r)
				}
			}()
			return s.h(e)
		}()
		if errors.Is(err, ErrStop) {
			b.log = append(b.log, fmt.Sprintf("%s stopped by %d", e.Topic, s.id))
			break
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func main() {
	bus := NewBus()
	var seen []string
	rec := func(name string) Handler {
		return func(e Event) error {
			seen = append(seen, fmt.Sprintf("%s:%v", name, e.Payload))
			return nil
		}
	}
	bus.Subscribe("order", 1, rec("audit"))
	unsubMail := bus.Subscribe("order", 5, rec("mail"))
	bus.Subscribe("order", 10, func(e Event) error {
		if n, ok := e.Payload.(int); ok && n < 0 {
			return fmt.Errorf("invalid order %d: %w", n, ErrStop)
		}
		return nil
	})
	bus.Subscribe("order", 3, func(e Event) error {
		if e.Payload == 13 {
			panic("unlucky")
		}
		if s, ok := e.Payload.(string); ok {
			return errors.New("string payload " + s)
		}
		return nil
	})
	bus.Once("order", rec("first-only"))
	fmt.Println(bus.Publish(Event{"order", 1}))
	fmt.Println(bus.Publish(Event{"order", -5}))
	fmt.Println(bus.Publish(Event{"order", 13}))
	unsubMail()
	fmt.Println(bus.Publish(Event{"order", "x"}))
	fmt.Println(bus.Publish(Event{"none", 0}))
	fmt.Println(strings.Join(seen, " "))
	fmt.Println(bus.log, len(bus.subs["order"]))
}
