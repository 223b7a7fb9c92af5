package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Event interface{ Name() string }

type UserCreated struct{ ID int }
type OrderPlaced struct {
	ID    int
	Total float64
}

func (UserCreated) Name() string { return "user.created" }
func (OrderPlaced) Name() string { return "order.placed" }

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
	b.log = append(b.log, fmt.Sprintf("%s->%d", e.Name(), len(hs)))
	for _, h := range hs {
		h(e)
	}
	return len(hs)
}

type Stats struct {
	users  []int
	orders map[int]float64
}

func main() {
	var bus Bus
	st := &Stats{orders: map[int]float64{}}
	Subscribe(&bus, func(e UserCreated) { st.users = append(st.users, e.ID) })
	Subscribe(&bus, func(e OrderPlaced) { st.orders[e.ID] += e.Total })
	Subscribe(&bus, func(e OrderPlaced) {
		if e.Total > 100 {
			bus.Publish(UserCreated{ID: -e.ID})
		}
	})
	events := []Event{UserCreated{1}, OrderPlaced{10, 50}, OrderPlaced{11, 150}, UserCreated{2}, OrderPlaced{10, 5.5}}
	for _, e := range events {
		bus.Publish(e)
	}
	fmt.Println(st.users)
	ids := make([]int, 0)
	for id := range st.orders {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		fmt.Printf("%d=%.1f ", id, st.orders[id])
	}
	fmt.Println()
	fmt.Println(strings.Join(bus.log, " "))
	types := make([]string, 0)
	for t := range bus.handlers {
		types = append(types, t.String())
	}
	sort.Strings(types)
	fmt.Println(types, reflect.TypeFor[Event]().Kind(), reflect.TypeFor[OrderPlaced]().NumField())
}
