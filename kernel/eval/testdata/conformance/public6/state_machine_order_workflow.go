package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Status uint8

const (
	Draft Status = iota + 1
	Submitted
	Approved
	Rejected
	Shipped
	Delivered
	Cancelled
)

func (s Status) String() string {
	switch s {
	case Draft:
		return "draft"
	case Submitted:
		return "submitted"
	case Approved:
		return "approved"
	case Rejected:
		return "rejected"
	case Shipped:
		return "shipped"
	case Delivered:
		return "delivered"
	case Cancelled:
		return "cancelled"
	}
	return fmt.Sprintf("Status(%d)", uint8(s))
}

type Event string

type Transition struct {
	From  []Status
	To    Status
	Guard func(*Order) error
}

type Order struct {
	ID      string
	Status  Status
	Items   int
	History []Status
}

var ErrBadTransition = errors.New("bad transition")

type FSM struct {
	rules map[Event]Transition
	hooks []func(o *Order, from, to Status)
}

func (f *FSM) On(e Event, t Transition) *FSM {
	if f.rules == nil {
		f.rules = map[Event]Transition{}
	}
	f.rules[e] = t
	return f
}

func (f *FSM) Fire(o *Order, e Event) error {
	t, ok := f.rules[e]
	if !ok {
		return fmt.Errorf("order %s: unknown event %q", o.ID, e)
	}
	if !slices.Contains(t.From, o.Status) {
		return fmt.Errorf("order %s: %s from %v: %w", o.ID, e, o.Status, ErrBadTransition)
	}
	if t.Guard != nil {
		if err := t.Guard(o); err != nil {
			return fmt.Errorf("order %s: %s guard: %w", o.ID, e, err)
		}
	}
	from := o.Status
	o.Status = t.To
	o.History = append(o.History, t.To)
	for _, h := range f.hooks {
		h(o, from, t.To)
	}
	return nil
}

func main() {
	var log []string
	fsm := (&FSM{}).
		On("submit", Transition{From: []Status{Draft}, To: Submitted, Guard: func(o *Order) error {
			if o.Items == 0 {
				return errors.New("empty order")
			}
			return nil
		}}).
		On("approve", Transition{From: []Status{Submitted}, To: Approved}).
		On("reject", Transition{From: []Status{Submitted}, To: Rejected}).
		On("ship", Transition{From: []Status{Approved}, To: Shipped}).
		On("deliver", Transition{From: []Status{Shipped}, To: Delivered}).
		On("cancel", Transition{From: []Status{Draft, Submitted, Approved}, To: Cancelled})
	fsm.hooks = append(fsm.hooks, func(o *Order, from, to Status) {
		log = append(log, fmt.Sprintf("%s:%v->%v", o.ID, from, to))
	})

	orders := []*Order{
		{ID: "A", Status: Draft, Items: 2, History: []Status{Draft}},
		{ID: "B", Status: Draft, Items: 0, History: []Status{Draft}},
		{ID: "C", Status: Draft, Items: 1, History: []Status{Draft}},
	}
	script := map[string]string{
		"A": "submit approve ship deliver cancel",
		"B": "submit cancel ship",
		"C": "submit reject approve refund",
	}
	for _, o := range orders {
		for _, e := range strings.Fields(script[o.ID]) {
			if err := fsm.Fire(o, Event(e)); err != nil {
				fmt.Println("ERR", err, errors.Is(err, ErrBadTransition))
			}
		}
		fmt.Printf("%s final=%v history=%v\n", o.ID, o.Status, o.History)
	}
	fmt.Println(strings.Join(log, " "))
	fmt.Println(Status(0), Status(99), fmt.Sprintf("%d|%v|%x", Shipped, Shipped, Shipped))
}
