package main

import (
	"fmt"
	"sort"
	"strings"
)

type Room struct {
	Name  string
	Desc  string
	Exits map[string]string
	Items []string
	Dark  bool
}

type Game struct {
	rooms map[string]*Room
	here  string
	inv   map[string]bool
	moves int
}

// The handlers are kept outside Game: a field of Game of type
// map[string]func(*Game, []string) string hits a known gap of the
// interpreter (a recursive struct with a map of funcs of itself).
var handlers map[string]func(g *Game, args []string) string

func NewGame() *Game {
	g := &Game{
		rooms: map[string]*Room{
			"hall":    {Name: "Hall", Desc: "A dusty hall.", Exits: map[string]string{"north": "library", "east": "kitchen"}, Items: []string{"lamp"}},
			"library": {Name: "Library", Desc: "Shelves of old books.", Exits: map[string]string{"south": "hall", "down": "cellar"}, Items: []string{"book"}},
			"kitchen": {Name: "Kitchen", Desc: "Smells of bread.", Exits: map[string]string{"west": "hall"}, Items: []string{"knife", "bread"}},
			"cellar":  {Name: "Cellar", Desc: "Damp and cold.", Exits: map[string]string{"up": "library"}, Items: []string{"key"}, Dark: true},
		},
		here: "hall",
		inv:  map[string]bool{},
	}
	handlers = map[string]func(*Game, []string) string{
		"look": (*Game).look,
		"go":   (*Game).move,
		"take": (*Game).take,
		"drop": (*Game).drop,
		"inv": func(g *Game, _ []string) string {
			if len(g.inv) == 0 {
				return "You carry nothing."
			}
			var items []string
			for it := range g.inv {
				items = append(items, it)
			}
			sort.Strings(items)
			return "You carry: " + strings.Join(items, ", ")
		},
	}
	return g
}

func (g *Game) room() *Room { return g.rooms[g.here] }

func (g *Game) look(_ []string) string {
	r := g.room()
	if r.Dark && !g.inv["lamp"] {
		return "It is pitch dark."
	}
	exits := make([]string, 0, len(r.Exits))
	for d := range r.Exits {
		exits = append(exits, d)
	}
	sort.Strings(exits)
	s := fmt.Sprintf("%s: %s Exits: %s.", r.Name, r.Desc, strings.Join(exits, ", "))
	if len(r.Items) > 0 {
		s += " You see: " + strings.Join(r.Items, ", ") + "."
	}
	return s
}

func (g *Game) move(args []string) string {
	if len(args) == 0 {
		return "Go where?"
	}
	to, ok := g.room().Exits[args[0]]
	if !ok {
		return "You can't go " + args[0] + "."
	}
	g.here = to
	g.moves++
	return g.look(nil)
}

func (g *Game) take(args []string) string {
	if len(args) == 0 {
		return "Take what?"
	}
	r := g.room()
	if r.Dark && !g.inv["lamp"] {
		return "You fumble in the dark."
	}
	for i, it := range r.Items {
		if it == args[0] {
			r.Items = append(r.Items[:i], r.Items[i+1:]...)
			g.inv[it] = true
			return "Taken: " + it
		}
	}
	return "No " + args[0] + " here."
}

func (g *Game) drop(args []string) string {
	if len(args) == 0 || !g.inv[args[0]] {
		return "You don't have that."
	}
	delete(g.inv, args[0])
	g.room().Items = append(g.room().Items, args[0])
	return "Dropped."
}

func (g *Game) Do(line string) string {
	f := strings.Fields(strings.ToLower(line))
	if len(f) == 0 {
		return "Say something."
	}
	aliases := map[string][]string{"n": {"go", "north"}, "s": {"go", "south"}, "e": {"go", "east"}, "w": {"go", "west"}, "l": {"look"}, "i": {"inv"}}
	if a, ok := aliases[f[0]]; ok {
		f = append(append([]string{}, a...), f[1:]...)
	}
	h, ok := handlers[f[0]]
	if !ok {
		return fmt.Sprintf("I don't know how to %q.", f[0])
	}
	return h(g, f[1:])
}

func main() {
	g := NewGame()
	script := []string{"look", "take lamp", "take sword", "e", "take bread", "i", "w", "n", "go down", "take key", "drop lamp", "look", "take lamp", "up", "dance", "", "go", "go sideways", "inv"}
	for _, cmd := range script {
		fmt.Printf("> %s\n%s\n", cmd, g.Do(cmd))
	}
	fmt.Println("moves:", g.moves)
}
