package main

import (
	"fmt"
	"sort"
	"strings"
)

type Direction int

const (
	North Direction = iota
	East
	South
	West
)

func (d Direction) String() string { return [...]string{"north", "east", "south", "west"}[d] }

func (d Direction) Opposite() Direction { return (d + 2) % 4 }

type Room struct {
	Name  string
	Exits map[Direction]*Room
	Items []string
}

func link(a *Room, d Direction, b *Room) {
	a.Exits[d] = b
	b.Exits[d.Opposite()] = a
}

type Player struct {
	At    *Room
	Bag   []string
	Moves int
}

type Command func(p *Player, arg string) string

func parseDir(s string) (Direction, bool) {
	for d := North; d <= West; d++ {
		if d.String() == s || d.String()[:1] == s {
			return d, true
		}
	}
	return 0, false
}

var commands = map[string]Command{
	"go": func(p *Player, arg string) string {
		d, ok := parseDir(arg)
		if !ok {
			return "go where?"
		}
		next, ok := p.At.Exits[d]
		if !ok {
			return "you can't go " + d.String()
		}
		p.At = next
		p.Moves++
		return "you are in the " + next.Name
	},
	"take": func(p *Player, arg string) string {
		for i, it := range p.At.Items {
			if it == arg {
				p.At.Items = append(p.At.Items[:i], p.At.Items[i+1:]...)
				p.Bag = append(p.Bag, it)
				return "taken: " + it
			}
		}
		return "no " + arg + " here"
	},
	"look": func(p *Player, _ string) string {
		var exits []string
		for d := range p.At.Exits {
			exits = append(exits, d.String())
		}
		sort.Strings(exits)
		return fmt.Sprintf("%s; exits: %s; items: %v", p.At.Name, strings.Join(exits, ","), p.At.Items)
	},
	"inv": func(p *Player, _ string) string { return fmt.Sprint("bag: ", p.Bag) },
}

func main() {
	hall := &Room{"hall", map[Direction]*Room{}, []string{"lamp"}}
	kitchen := &Room{"kitchen", map[Direction]*Room{}, []string{"knife", "bread"}}
	garden := &Room{"garden", map[Direction]*Room{}, nil}
	link(hall, North, kitchen)
	link(kitchen, East, garden)
	p := &Player{At: hall}
	script := "look|take lamp|take sword|go n|look|take bread|go e|go e|go w|go s|inv|dance|go"
	for _, line := range strings.Split(script, "|") {
		verb, arg, _ := strings.Cut(line, " ")
		cmd, ok := commands[verb]
		if !ok {
			fmt.Printf("> %s\n  I don't know how to %q\n", line, verb)
			continue
		}
		fmt.Printf("> %s\n  %s\n", line, cmd(p, arg))
	}
	fmt.Println("moves:", p.Moves, "at:", p.At.Name)
}
