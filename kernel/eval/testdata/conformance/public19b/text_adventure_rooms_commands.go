package main

import (
	"fmt"
	"sort"
	"strings"
)

type Direction string

const (
	North Direction = "north"
	South Direction = "south"
	East  Direction = "east"
	West  Direction = "west"
)

type Room struct {
	Name  string
	Exits map[Direction]*Room
	Items []string
}

type Player struct {
	At    *Room
	Bag   []string
	Moves int
}

type Command func(p *Player, arg string) string

func link(a *Room, d Direction, b *Room, back Direction) {
	a.Exits[d] = b
	b.Exits[back] = a
}

func newRoom(name string, items ...string) *Room {
	return &Room{Name: name, Exits: map[Direction]*Room{}, Items: items}
}

func (r *Room) Describe() string {
	dirs := make([]string, 0, len(r.Exits))
	for d := range r.Exits {
		dirs = append(dirs, string(d))
	}
	sort.Strings(dirs)
	return fmt.Sprintf("%s (exits: %s; items: %v)", r.Name, strings.Join(dirs, ","), r.Items)
}

var commands = map[string]Command{
	"go": func(p *Player, arg string) string {
		next, ok := p.At.Exits[Direction(arg)]
		if !ok {
			return "you can't go " + arg
		}
		p.At = next
		p.Moves++
		return p.At.Describe()
	},
	"take": func(p *Player, arg string) string {
		for i, it := range p.At.Items {
			if it == arg {
				p.At.Items = append(p.At.Items[:i], p.At.Items[i+1:]...)
				p.Bag = append(p.Bag, it)
				return "taken " + it
			}
		}
		return "no " + arg + " here"
	},
	"drop": func(p *Player, arg string) string {
		for i, it := range p.Bag {
			if it == arg {
				p.Bag = append(p.Bag[:i], p.Bag[i+1:]...)
				p.At.Items = append(p.At.Items, it)
				return "dropped " + it
			}
		}
		return "you have no " + arg
	},
	"look": func(p *Player, _ string) string { return p.At.Describe() },
	"inv":  func(p *Player, _ string) string { return fmt.Sprint("bag: ", p.Bag) },
}

func run(p *Player, line string) string {
	verb, arg, _ := strings.Cut(strings.TrimSpace(line), " ")
	cmd, ok := commands[strings.ToLower(verb)]
	if !ok {
		return fmt.Sprintf("unknown command %q", verb)
	}
	return cmd(p, arg)
}

func main() {
	hall := newRoom("Hall", "lamp")
	kitchen := newRoom("Kitchen", "knife", "bread")
	garden := newRoom("Garden")
	cellar := newRoom("Cellar", "wine")
	link(hall, North, kitchen, South)
	link(hall, East, garden, West)
	link(kitchen, East, cellar, West)
	p := &Player{At: hall}
	script := []string{"look", "take lamp", "take sword", "go north", "take bread", "go east", "take wine", "drop lamp", "look", "go up", "go west", "go south", "inv", "dance", "go east", "drop wine", "look"}
	for _, line := range script {
		fmt.Printf("> %s\n%s\n", line, run(p, line))
	}
	fmt.Println("moves:", p.Moves)
}
