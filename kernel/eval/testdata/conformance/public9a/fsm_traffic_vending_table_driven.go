package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type State string
type Event string

type Transition struct {
	From  State
	Event Event
	To    State
	Guard func(ctx *Ctx) bool
	Do    func(ctx *Ctx)
}

type Ctx struct {
	Credit int
	Stock  map[string]int
	Log    []string
	Choice string
}

type FSM struct {
	state State
	table map[State]map[Event][]Transition
	hooks map[State]func(*Ctx)
}

var ErrNoTransition = errors.New("no transition")

func NewFSM(start State, ts []Transition) *FSM {
	f := &FSM{state: start, table: map[State]map[Event][]Transition{}, hooks: map[State]func(*Ctx){}}
	for _, t := range ts {
		if f.table[t.From] == nil {
			f.table[t.From] = map[Event][]Transition{}
		}
		f.table[t.From][t.Event] = append(f.table[t.From][t.Event], t)
	}
	return f
}

func (f *FSM) Fire(e Event, ctx *Ctx) error {
	for _, t := range f.table[f.state][e] {
		if t.Guard != nil && !t.Guard(ctx) {
			continue
		}
		if t.Do != nil {
			t.Do(ctx)
		}
		ctx.Log = append(ctx.Log, fmt.Sprintf("%s -%s-> %s", f.state, e, t.To))
		f.state = t.To
		if h := f.hooks[t.To]; h != nil {
			h(ctx)
		}
		return nil
	}
	return fmt.Errorf("%w: %s on %s", ErrNoTransition, e, f.state)
}

func (f *FSM) Events() []string {
	var out []string
	for e := range f.table[f.state] {
		out = append(out, string(e))
	}
	sort.Strings(out)
	return out
}

func main() {
	price := map[string]int{"cola": 150, "water": 100}
	ts := []Transition{
		{From: "idle", Event: "coin", To: "paying", Do: func(c *Ctx) { c.Credit += 50 }},
		{From: "paying", Event: "coin", To: "paying", Do: func(c *Ctx) { c.Credit += 50 }},
		{From: "paying", Event: "select", To: "vending", Guard: func(c *Ctx) bool {
			return c.Credit >= price[c.Choice] && c.Stock[c.Choice] > 0
		}},
		{From: "paying", Event: "select", To: "paying", Do: func(c *Ctx) { c.Log = append(c.Log, "insufficient for "+c.Choice) }},
		{From: "paying", Event: "cancel", To: "idle", Do: func(c *Ctx) { c.Log = append(c.Log, fmt.Sprint("refund ", c.Credit)); c.Credit = 0 }},
		{From: "vending", Event: "done", To: "idle"},
	}
	m := NewFSM("idle", ts)
	m.hooks["vending"] = func(c *Ctx) {
		c.Credit -= price[c.Choice]
		c.Stock[c.Choice]--
		c.Log = append(c.Log, fmt.Sprintf("vend %s, change %d", c.Choice, c.Credit))
		c.Credit = 0
	}
	ctx := &Ctx{Stock: map[string]int{"cola": 1, "water": 5}}
	script := []struct {
		e      Event
		choice string
	}{{"coin", ""}, {"coin", ""}, {"select", "cola"}, {"coin", ""}, {"coin", ""}, {"select", "cola"}, {"done", ""},
		{"select", "water"}, {"coin", ""}, {"coin", ""}, {"coin", ""}, {"coin", ""}, {"select", "cola"}, {"cancel", ""}}
	for _, s := range script {
		if s.choice != "" {
			ctx.Choice = s.choice
		}
		if err := m.Fire(s.e, ctx); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrNoTransition), m.Events())
		}
	}
	fmt.Println(strings.Join(ctx.Log, "\n"))
	fmt.Println(m.state, ctx.Stock)
}
