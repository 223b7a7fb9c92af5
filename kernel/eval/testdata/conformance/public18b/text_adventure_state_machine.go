package main

import (
	"fmt"
	"sort"
	"strings"
)

type Direction string

type Room struct {
	Name  string
	Exits map[Direction]string
	Items []string
	Dark  bool
}

type Player struct {
	At    string
	Inv   map[string]bool
	Moves int
}

type Game struct {
	Rooms  map[string]*Room
	P      Player
	Over   bool
	output []string
}

type Command interface {
	Exec(g *Game) error
}

type Go struct{ Dir Direction }
type Take struct{ Item string }
type Look struct{}
type Inventory struct{}

type GameError struct {
	Cmd    string
	Reason string
}

func (e *GameError) Error() string { return e.Cmd + ": " + e.Reason }

func (g *Game) say(format string, a ...any) { g.output = append(g.output, fmt.Sprintf(format, a...)) }

func (c Go) Exec(g *Game) error {
	r := g.Rooms[g.P.At]
	next, ok := r.Exits[c.Dir]
	if !ok {
		return &GameError{"go " + string(c.Dir), "no exit"}
	}
	if g.Rooms[next].Dark && !g.P.Inv["lamp"] {
		return &GameError{"go " + string(c.Dir), "too dark"}
	}
	g.P.At = next
	g.P.Moves++
	g.say("You enter the %s.", next)
	if next == "vault" {
		g.Over = true
	}
	return nil
}

func (c Take) Exec(g *Game) error {
	r := g.Rooms[g.P.At]
	for i, it := range r.Items {
		if it == c.Item {
			r.Items = append(r.Items[:i], r.Items[i+1:]...)
			g.P.Inv[it] = true
			g.say("Taken: %s.", it)
			return nil
		}
	}
	return &GameError{"take " + c.Item, "not here"}
}

func (Look) Exec(g *Game) error {
	r := g.Rooms[g.P.At]
	dirs := make([]string, 0, len(r.Exits))
	for d := range r.Exits {
		dirs = append(dirs, string(d))
	}
	sort.Strings(dirs)
	g.say("%s: exits %v, items %v", r.Name, dirs, r.Items)
	return nil
}

func (Inventory) Exec(g *Game) error {
	var items []string
	for it, ok := range g.P.Inv {
		if ok {
			items = append(items, it)
		}
	}
	sort.Strings(items)
	g.say("You carry %d: %s", len(items), strings.Join(items, ", "))
	return nil
}

func parse(line string) (Command, error) {
	f := strings.Fields(strings.ToLower(line))
	if len(f) == 0 {
		return nil, &GameError{"", "empty"}
	}
	switch f[0] {
	case "go", "walk":
		if len(f) < 2 {
			return nil, &GameError{f[0], "where?"}
		}
		return Go{Direction(f[1])}, nil
	case "take", "get":
		return Take{strings.Join(f[1:], " ")}, nil
	case "look", "l":
		return Look{}, nil
	case "i", "inv":
		return Inventory{}, nil
	}
	return nil, &GameError{f[0], "unknown command"}
}

func main() {
	g := &Game{
		Rooms: map[string]*Room{
			"hall":    {Name: "hall", Exits: map[Direction]string{"north": "library", "down": "cellar"}, Items: []string{"key"}},
			"library": {Name: "library", Exits: map[Direction]string{"south": "hall"}, Items: []string{"lamp", "book"}},
			"cellar":  {Name: "cellar", Exits: map[Direction]string{"up": "hall", "east": "vault"}, Dark: true},
			"vault":   {Name: "vault", Dark: true},
		},
		P: Player{At: "hall", Inv: map[string]bool{}},
	}
	script := []string{"look", "take key", "go down", "go north", "take lamp", "take lamp", "inv", "go south", "jump", "go", "", "go down", "look", "go east", "look"}
	for _, line := range script {
		if g.Over {
			g.say("(game over, ignoring %q)", line)
			continue
		}
		cmd, err := parse(line)
		if err == nil {
			err = cmd.Exec(g)
		}
		if err != nil {
			var ge *GameError
			if ok := fmt.Sprint(err) != ""; ok {
				ge = err.(*GameError)
			}
			g.say("! %v (%T, reason=%s)", err, cmd, ge.Reason)
		}
	}
	fmt.Println(strings.Join(g.output, "\n"))
	fmt.Printf("moves=%d at=%s over=%v\n", g.P.Moves, g.P.At, g.Over)
}
