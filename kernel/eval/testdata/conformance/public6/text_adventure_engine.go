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
	Items map[string]bool
	Lock  *Lock
}

type Lock struct {
	Dir Direction
	Key string
}

type Player struct {
	At    string
	Bag   []string
	Moves int
}

type Game struct {
	Rooms  map[string]*Room
	P      Player
	Over   bool
	output []string
}

func (g *Game) say(format string, args ...any) {
	g.output = append(g.output, fmt.Sprintf(format, args...))
}

type Command func(g *Game, args []string)

var commands map[string]Command

func init() {
	commands = map[string]Command{
		"look": (*Game).look,
		"go":   (*Game).move,
		"take": (*Game).take,
		"inv": func(g *Game, _ []string) {
			bag := append([]string(nil), g.P.Bag...)
			sort.Strings(bag)
			g.say("you carry: %v", bag)
		},
	}
	commands["n"] = func(g *Game, _ []string) { g.move([]string{"north"}) }
	commands["s"] = func(g *Game, _ []string) { g.move([]string{"south"}) }
}

func (g *Game) room() *Room { return g.Rooms[g.P.At] }

func (g *Game) look(_ []string) {
	r := g.room()
	exits := make([]string, 0, len(r.Exits))
	for d := range r.Exits {
		exits = append(exits, string(d))
	}
	sort.Strings(exits)
	items := make([]string, 0)
	for it, here := range r.Items {
		if here {
			items = append(items, it)
		}
	}
	sort.Strings(items)
	g.say("[%s] %s exits=%s items=%v", r.Name, r.Desc, strings.Join(exits, ","), items)
}

func (g *Game) has(item string) bool {
	for _, b := range g.P.Bag {
		if b == item {
			return true
		}
	}
	return false
}

func (g *Game) move(args []string) {
	if len(args) == 0 {
		g.say("go where?")
		return
	}
	d := Direction(args[0])
	r := g.room()
	to, ok := r.Exits[d]
	if !ok {
		g.say("you can't go %s", d)
		return
	}
	if r.Lock != nil && r.Lock.Dir == d && !g.has(r.Lock.Key) {
		g.say("the way %s is locked (needs %s)", d, r.Lock.Key)
		return
	}
	g.P.At = to
	g.P.Moves++
	g.look(nil)
	if to == "vault" {
		g.say("you win in %d moves!", g.P.Moves)
		g.Over = true
	}
}

func (g *Game) take(args []string) {
	if len(args) == 0 {
		g.say("take what?")
		return
	}
	r := g.room()
	if !r.Items[args[0]] {
		g.say("no %s here", args[0])
		return
	}
	r.Items[args[0]] = false
	g.P.Bag = append(g.P.Bag, args[0])
	g.say("taken: %s", args[0])
}

func (g *Game) Run(script string) {
	sc := bufio.NewScanner(strings.NewReader(script))
	for sc.Scan() && !g.Over {
		fields := strings.Fields(strings.ToLower(sc.Text()))
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		g.say("> %s", strings.Join(fields, " "))
		cmd, ok := commands[fields[0]]
		if !ok {
			g.say("unknown command %q", fields[0])
			continue
		}
		cmd(g, fields[1:])
	}
}

func main() {
	g := &Game{Rooms: map[string]*Room{
		"hall": {Name: "Hall", Desc: "A dusty hall.", Exits: map[Direction]string{"north": "library", "east": "kitchen"},
			Items: map[string]bool{"lamp": true}},
		"library": {Name: "Library", Desc: "Shelves everywhere.", Exits: map[Direction]string{"south": "hall", "down": "vault"},
			Items: map[string]bool{"book": true}, Lock: &Lock{Dir: "down", Key: "key"}},
		"kitchen": {Name: "Kitchen", Desc: "Smells of bread.", Exits: map[Direction]string{"west": "hall"},
			Items: map[string]bool{"key": true, "bread": true}},
		"vault": {Name: "Vault", Desc: "Gold!", Exits: map[Direction]string{}},
	}, P: Player{At: "hall"}}
	g.Run(`look
take lamp
take sword
n
go down
# comment line
s
go east
take key
inv
dance
go west
N
go down
look`)
	for _, line := range g.output {
		fmt.Println(line)
	}
	fmt.Println("over:", g.Over, "bag:", len(g.P.Bag))
}
