package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

type Direction string

type Room struct {
	Name  string
	Desc  string
	Exits map[Direction]string
	Items []string
	Lock  *Lock
}

type Lock struct {
	Dir  Direction
	Need string
}

type State int

const (
	Playing State = iota
	Won
	Quit
)

func (s State) String() string {
	switch s {
	case Playing:
		return "playing"
	case Won:
		return "won"
	case Quit:
		return "quit"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Game struct {
	rooms map[string]*Room
	at    string
	inv   map[string]bool
	state State
	moves int
}

func (g *Game) exec(cmd string) string {
	parts := strings.Fields(strings.ToLower(cmd))
	if len(parts) == 0 {
		return "Say something."
	}
	g.moves++
	room := g.rooms[g.at]
	switch verb := parts[0]; verb {
	case "look":
		exits := make([]string, 0)
		for d := range room.Exits {
			exits = append(exits, string(d))
		}
		sort.Strings(exits)
		return fmt.Sprintf("%s: %s Exits: %s. Items: %v", room.Name, room.Desc, strings.Join(exits, ","), room.Items)
	case "go", "n", "s", "e", "w":
		d := Direction(verb)
		if verb == "go" {
			if len(parts) < 2 {
				return "Go where?"
			}
			d = Direction(parts[1])
		}
		next, ok := room.Exits[d]
		if !ok {
			return "You can't go that way."
		}
		if room.Lock != nil && room.Lock.Dir == d && !g.inv[room.Lock.Need] {
			return "The way is locked."
		}
		g.at = next
		if next == "vault" {
			g.state = Won
			return "You found the treasure!"
		}
		return "You enter the " + g.rooms[next].Name + "."
	case "take":
		if len(parts) < 2 {
			return "Take what?"
		}
		for i, it := range room.Items {
			if it == parts[1] {
				room.Items = append(room.Items[:i], room.Items[i+1:]...)
				g.inv[it] = true
				return "Taken: " + it
			}
		}
		return "No " + parts[1] + " here."
	case "inv":
		items := []string{}
		for it := range g.inv {
			items = append(items, it)
		}
		sort.Strings(items)
		return fmt.Sprint("You carry ", items)
	case "quit":
		g.state = Quit
		return "Bye."
	default:
		g.moves--
		return fmt.Sprintf("I don't know %q.", verb)
	}
}

func main() {
	g := &Game{
		rooms: map[string]*Room{
			"hall":    {Name: "Hall", Desc: "A dusty hall.", Exits: map[Direction]string{"n": "library", "e": "kitchen"}},
			"library": {Name: "Library", Desc: "Books everywhere.", Exits: map[Direction]string{"s": "hall", "n": "vault"}, Lock: &Lock{"n", "key"}},
			"kitchen": {Name: "Kitchen", Desc: "Smells of bread.", Exits: map[Direction]string{"w": "hall"}, Items: []string{"key", "bread"}},
			"vault":   {Name: "Vault", Desc: "Gold!"},
		},
		at:  "hall",
		inv: map[string]bool{},
	}
	script := "look\nn\nn\ndance\ns\ne\ntake key\ntake sword\ninv\nw\nn\nlook\nn\nlook\n"
	sc := bufio.NewScanner(strings.NewReader(script))
	for sc.Scan() && g.state == Playing {
		fmt.Printf("> %s\n%s\n", sc.Text(), g.exec(sc.Text()))
	}
	fmt.Println("state:", g.state, "moves:", g.moves)
	fmt.Printf("%v %d %s\n", State(7), Won, Quit)
}
