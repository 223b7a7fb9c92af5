package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Event interface{ Topic() string }

type UserCreated struct{ Name string }
type OrderPlaced struct {
	ID    int
	Total float64
}

func (UserCreated) Topic() string  { return "user" }
func (*OrderPlaced) Topic() string { return "order" }

type Bus struct {
	handlers map[reflect.Type][]func(Event)
	log      []string
}

func NewBus() *Bus { return &Bus{handlers: map[reflect.Type][]func(Event){}} }

func Subscribe[E Event](b *Bus, h func(E)) {
	t := reflect.TypeOf((*E)(nil)).Elem()
	b.handlers[t] = append(b.handlers[t], func(e Event) { h(e.(E)) })
}

func (b *Bus) Publish(e Event) int {
	hs := b.handlers[reflect.TypeOf(e)]
	b.log = append(b.log, fmt.Sprintf("%s:%T", e.Topic(), e))
	for _, h := range hs {
		h(e)
	}
	return len(hs)
}

func main() {
	b := NewBus()
	var got []string
	Subscribe(b, func(e UserCreated) { got = append(got, "welcome "+e.Name) })
	Subscribe(b, func(e UserCreated) { got = append(got, "audit "+strings.ToUpper(e.Name)) })
	Subscribe(b, func(e *OrderPlaced) { got = append(got, fmt.Sprintf("order #%d %.2f", e.ID, e.Total)) })
	fmt.Println(b.Publish(UserCreated{"ann"}))
	fmt.Println(b.Publish(&OrderPlaced{7, 19.5}))
	fmt.Println(b.Publish(UserCreated{"bo"}))
	fmt.Println(strings.Join(got, "\n"))
	fmt.Println(b.log)
	names := make([]string, 0)
	for t := range b.handlers {
		names = append(names, t.String())
	}
	sort.Strings(names)
	fmt.Println(names, len(b.handlers[reflect.TypeOf(UserCreated{})]))
}
