package main

import (
	"fmt"
	"slices"
	"strings"
)

type Handler func(topic string, payload any)

type sub struct {
	id      int
	pattern []string
	h       Handler
}

type Broker struct {
	subs   []sub
	nextID int
}

func match(pattern, topic []string) bool {
	for i, p := range pattern {
		switch {
		case p == "#":
			return true
		case i >= len(topic):
			return false
		case p == "+" || p == topic[i]:
			continue
		default:
			return false
		}
	}
	return len(pattern) == len(topic)
}

func (b *Broker) Subscribe(pattern string, h Handler) (unsubscribe func()) {
	b.nextID++
	id := b.nextID
	b.subs = append(b.subs, sub{id, strings.Split(pattern, "/"), h})
	return func() {
		b.subs = slices.DeleteFunc(b.subs, func(s sub) bool { return s.id == id })
	}
}

func (b *Broker) Publish(topic string, payload any) int {
	parts := strings.Split(topic, "/")
	n := 0
	for _, s := range b.subs {
		if match(s.pattern, parts) {
			s.h(topic, payload)
			n++
		}
	}
	return n
}

type Reading struct {
	Sensor string
	Value  float64
}

func (r Reading) String() string { return fmt.Sprintf("%s=%.1f", r.Sensor, r.Value) }

func main() {
	var b Broker
	var log []string
	logger := func(name string) Handler {
		return func(t string, p any) {
			log = append(log, fmt.Sprintf("[%s] %s: %v", name, t, p))
		}
	}
	unsubAll := b.Subscribe("#", logger("all"))
	b.Subscribe("home/+/temp", logger("temps"))
	unsubKitchen := b.Subscribe("home/kitchen/#", logger("kitchen"))
	sum := 0.0
	b.Subscribe("home/+/temp", func(_ string, p any) {
		if r, ok := p.(Reading); ok {
			sum += r.Value
		}
	})

	fmt.Println(b.Publish("home/kitchen/temp", Reading{"k1", 21.5}))
	fmt.Println(b.Publish("home/garage/temp", Reading{"g1", 8}))
	fmt.Println(b.Publish("home/kitchen/light/on", true))
	unsubAll()
	unsubKitchen()
	fmt.Println(b.Publish("home/kitchen/temp", Reading{"k1", 22}))
	fmt.Println(b.Publish("office/temp", nil))
	fmt.Println(strings.Join(log, "\n"))
	fmt.Printf("sum=%.1f subs=%d\n", sum, len(b.subs))
	for _, c := range []struct{ p, t string }{{"a/+/c", "a/b/c"}, {"a/+", "a/b/c"}, {"a/#", "a"}, {"+/+", "x/y"}, {"a/b", "a/b/"}} {
		fmt.Print(match(strings.Split(c.p, "/"), strings.Split(c.t, "/")), " ")
	}
	fmt.Println()
}
