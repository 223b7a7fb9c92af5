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
type Shutdown struct{}

func (UserCreated) Topic() string { return "user" }
func (OrderPlaced) Topic() string { return "order" }
func (*Shutdown) Topic() string   { return "system" }

type Bus struct {
	handlers map[reflect.Type][]func(Event)
	log      []string
}

func Subscribe[E Event](b *Bus, h func(E)) {
	if b.handlers == nil {
		b.handlers = map[reflect.Type][]func(Event){}
	}
	t := reflect.TypeFor[E]()
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

type Stats struct {
	users  []string
	orders map[int]float64
}

func (s *Stats) onUser(e UserCreated)  { s.users = append(s.users, e.Name) }
func (s *Stats) onOrder(e OrderPlaced) { s.orders[e.ID] += e.Total }

func main() {
	bus := &Bus{}
	st := &Stats{orders: map[int]float64{}}
	Subscribe(bus, st.onUser)
	Subscribe(bus, st.onOrder)
	Subscribe(bus, func(e UserCreated) { fmt.Println("welcome,", e.Name) })
	stopped := false
	Subscribe(bus, func(*Shutdown) { stopped = true })

	events := []Event{
		UserCreated{"ann"}, OrderPlaced{1, 9.5}, UserCreated{"bob"},
		OrderPlaced{1, 0.5}, OrderPlaced{2, 100}, &Shutdown{}, Shutdown{}.asEvent(),
	}
	for _, e := range events {
		if e == nil {
			continue
		}
		n := bus.Publish(e)
		fmt.Printf("%-8s -> %d handlers\n", e.Topic(), n)
	}
	ids := make([]int, 0)
	for id := range st.orders {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		fmt.Printf("order %d total %.2f\n", id, st.orders[id])
	}
	fmt.Println(st.users, stopped)
	fmt.Println(strings.Join(bus.log, " "))
	types := make([]string, 0)
	for t := range bus.handlers {
		types = append(types, t.String())
	}
	sort.Strings(types)
	fmt.Println(types)
}

func (Shutdown) asEvent() Event { return nil }
