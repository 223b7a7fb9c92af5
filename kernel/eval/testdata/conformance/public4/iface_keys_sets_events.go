package main

import (
	"fmt"
	"sort"
)

type Event interface{ Name() string }

type Click struct{ X, Y int }
type Key struct{ Code rune }
type Tick int

func (c Click) Name() string { return fmt.Sprintf("click(%d,%d)", c.X, c.Y) }
func (k Key) Name() string   { return "key " + string(k.Code) }
func (t Tick) Name() string  { return fmt.Sprint("tick ", int(t)) }

type Bus struct {
	handlers map[Event][]func(Event) string
	seen     map[Event]bool
}

func (b *Bus) On(e Event, h func(Event) string) {
	if b.handlers == nil {
		b.handlers = map[Event][]func(Event) string{}
		b.seen = map[Event]bool{}
	}
	b.handlers[e] = append(b.handlers[e], h)
}

func (b *Bus) Fire(e Event) []string {
	b.seen[e] = true
	var out []string
	for _, h := range b.handlers[e] {
		out = append(out, h(e))
	}
	return out
}

func main() {
	var b Bus
	b.On(Click{1, 2}, func(e Event) string { return "A " + e.Name() })
	b.On(Click{1, 2}, func(e Event) string { return "B " + e.Name() })
	b.On(Key{'q'}, func(e Event) string { return "quit on " + e.Name() })
	b.On(Tick(3), func(e Event) string { return e.Name() + "!" })
	fmt.Println(b.Fire(Click{1, 2}))
	fmt.Println(b.Fire(Key{'q'}), b.Fire(Key{'z'}))
	fmt.Println(b.Fire(Tick(3)), b.Fire(Tick(4)))
	fmt.Println(len(b.handlers), len(b.seen))
	var names []string
	for e, done := range b.seen {
		names = append(names, fmt.Sprintf("%s=%v", e.Name(), done))
	}
	sort.Strings(names)
	fmt.Println(names)
	delete(b.seen, Tick(4))
	_, ok := b.seen[Tick(4)]
	fmt.Println(ok, len(b.seen))
	set := map[Event]struct{}{Click{}: {}, Key{}: {}, Tick(0): {}}
	set[Click{}] = struct{}{}
	fmt.Println(len(set))
	type counter map[Event]int
	c := counter{}
	for _, e := range []Event{Tick(1), Tick(1), Key{'a'}} {
		c[e]++
	}
	fmt.Println(c[Tick(1)], c[Key{'a'}], c[Key{'b'}])
}
