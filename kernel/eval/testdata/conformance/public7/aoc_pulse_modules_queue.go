package main

import (
	"fmt"
	"sort"
	"strings"
)

const input = `broadcaster -> a
%a -> inv, con
&inv -> b
%b -> con
&con -> output`

type Pulse struct {
	From, To string
	High     bool
}

type Module interface {
	Receive(p Pulse) (send bool, high bool)
}

type FlipFlop struct{ on bool }

func (f *FlipFlop) Receive(p Pulse) (bool, bool) {
	if p.High {
		return false, false
	}
	f.on = !f.on
	return true, f.on
}

type Conjunction struct{ last map[string]bool }

func (c *Conjunction) Receive(p Pulse) (bool, bool) {
	c.last[p.From] = p.High
	for _, h := range c.last {
		if !h {
			return true, true
		}
	}
	return true, false
}

type Broadcast struct{}

func (Broadcast) Receive(p Pulse) (bool, bool) { return true, p.High }

func main() {
	mods := map[string]Module{}
	outs := map[string][]string{}
	for _, l := range strings.Split(input, "\n") {
		name, targets, _ := strings.Cut(l, " -> ")
		var m Module
		switch name[0] {
		case '%':
			name, m = name[1:], &FlipFlop{}
		case '&':
			name, m = name[1:], &Conjunction{last: map[string]bool{}}
		default:
			m = Broadcast{}
		}
		mods[name] = m
		outs[name] = strings.Split(targets, ", ")
	}
	for from, ts := range outs {
		for _, t := range ts {
			if c, ok := mods[t].(*Conjunction); ok {
				c.last[from] = false
			}
		}
	}
	counts := map[bool]int{}
	var trace []string
	for press := 0; press < 1000; press++ {
		queue := []Pulse{{"button", "broadcaster", false}}
		for len(queue) > 0 {
			p := queue[0]
			queue = queue[1:]
			counts[p.High]++
			if press < 2 {
				lvl := "low"
				if p.High {
					lvl = "high"
				}
				trace = append(trace, fmt.Sprintf("%s -%s-> %s", p.From, lvl, p.To))
			}
			m, ok := mods[p.To]
			if !ok {
				continue
			}
			if send, high := m.Receive(p); send {
				for _, t := range outs[p.To] {
					queue = append(queue, Pulse{p.To, t, high})
				}
			}
		}
	}
	fmt.Println(strings.Join(trace, "\n"))
	fmt.Println(counts[false], counts[true], counts[false]*counts[true])
	names := make([]string, 0, len(mods))
	for n, m := range mods {
		names = append(names, fmt.Sprintf("%s:%T", n, m))
	}
	sort.Strings(names)
	fmt.Println(names)
}
