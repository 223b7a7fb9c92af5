package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	Seq     int
	Type    string
	Payload map[string]any
}

type Projection interface {
	Handle(Event)
	Report() string
}

type CartProjection struct {
	items map[string]int
}

func (c *CartProjection) Handle(e Event) {
	if c.items == nil {
		c.items = map[string]int{}
	}
	sku, _ := e.Payload["sku"].(string)
	qty, _ := e.Payload["qty"].(int)
	switch e.Type {
	case "added":
		c.items[sku] += qty
	case "removed":
		c.items[sku] -= qty
		if c.items[sku] <= 0 {
			delete(c.items, sku)
		}
	case "cleared":
		clear(c.items)
	}
}

func (c *CartProjection) Report() string {
	keys := make([]string, 0, len(c.items))
	for k := range c.items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s=%d", k, c.items[k]))
	}
	return "cart{" + strings.Join(parts, ",") + "}"
}

type CounterProjection map[string]int

func (c CounterProjection) Handle(e Event) { c[e.Type]++ }
func (c CounterProjection) Report() string { return fmt.Sprint("counts", map[string]int(c)) }

type AuditProjection struct{ lines []string }

func (a *AuditProjection) Handle(e Event) {
	a.lines = append(a.lines, fmt.Sprintf("#%d %s %v", e.Seq, e.Type, e.Payload))
}
func (a *AuditProjection) Report() string { return strings.Join(a.lines, "\n") }

type Store struct {
	events []Event
	subs   []Projection
}

func (s *Store) Append(typ string, kv ...any) {
	p := map[string]any{}
	for i := 0; i+1 < len(kv); i += 2 {
		p[kv[i].(string)] = kv[i+1]
	}
	e := Event{len(s.events) + 1, typ, p}
	s.events = append(s.events, e)
	for _, sub := range s.subs {
		sub.Handle(e)
	}
}

func (s *Store) Rebuild(p Projection) Projection {
	for _, e := range s.events {
		p.Handle(e)
	}
	return p
}

func main() {
	cart := &CartProjection{}
	counts := CounterProjection{}
	s := &Store{subs: []Projection{cart, counts}}
	s.Append("added", "sku", "apple", "qty", 3)
	s.Append("added", "sku", "pear", "qty", 1)
	s.Append("removed", "sku", "apple", "qty", 1)
	s.Append("removed", "sku", "pear", "qty", 5)
	s.Append("added", "sku", "fig", "qty", 2)
	fmt.Println(cart.Report())
	fmt.Println(counts.Report())
	audit := s.Rebuild(&AuditProjection{})
	fmt.Println(audit.Report())
	s.Append("cleared")
	fresh := s.Rebuild(&CartProjection{})
	fmt.Println(fresh.Report(), cart.Report(), len(s.events))
}
