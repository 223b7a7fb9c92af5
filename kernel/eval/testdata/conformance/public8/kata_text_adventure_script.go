package main

import (
	"fmt"
	"slices"
	"strings"
)

type Room struct {
	Name  string
	Desc  string
	Exits map[string]string
	Items []string
	Lock  string
}

type Player struct {
	Room  string
	Bag   []string
	Moves int
}

type World struct {
	Rooms  map[string]*Room
	Player Player
	Over   bool
}

type Command func(w *World, arg string) string

func look(w *World, _ string) string {
	r := w.Rooms[w.Player.Room]
	exits := make([]string, 0, len(r.Exits))
	for d := range r.Exits {
		exits = append(exits, d)
	}
	slices.Sort(exits)
	s := fmt.Sprintf("%s: %s Exits: %s.", r.Name, r.Desc, strings.Join(exits, ", "))
	if len(r.Items) > 0 {
		s += " You see: " + strings.Join(r.Items, ", ") + "."
	}
	return s
}

func goDir(w *World, dir string) string {
	r := w.Rooms[w.Player.Room]
	to, ok := r.Exits[dir]
	if !ok {
		return "You can't go " + dir + "."
	}
	if lock := w.Rooms[to].Lock; lock != "" && !slices.Contains(w.Player.Bag, lock) {
		return "The way is locked. You need the " + lock + "."
	}
	w.Player.Room = to
	w.Player.Moves++
	if to == "vault" {
		w.Over = true
	}
	return look(w, "")
}

func take(w *World, item string) string {
	r := w.Rooms[w.Player.Room]
	i := slices.Index(r.Items, item)
	if i < 0 {
		return "No " + item + " here."
	}
	r.Items = slices.Delete(r.Items, i, i+1)
	w.Player.Bag = append(w.Player.Bag, item)
	return "Taken: " + item + "."
}

func drop(w *World, item string) string {
	i := slices.Index(w.Player.Bag, item)
	if i < 0 {
		return "You don't have " + item + "."
	}
	w.Player.Bag = slices.Delete(w.Player.Bag, i, i+1)
	r := w.Rooms[w.Player.Room]
	r.Items = append(r.Items, item)
	return "Dropped."
}

func inventory(w *World, _ string) string {
	if len(w.Player.Bag) == 0 {
		return "You carry nothing."
	}
	return "You carry: " + strings.Join(w.Player.Bag, ", ")
}

func main() {
	w := &World{Rooms: map[string]*Room{
		"hall":    {Name: "Hall", Desc: "A dusty hall.", Exits: map[string]string{"north": "library", "east": "kitchen"}},
		"library": {Name: "Library", Desc: "Shelves of old books.", Exits: map[string]string{"south": "hall"}, Items: []string{"book", "key"}},
		"kitchen": {Name: "Kitchen", Desc: "It smells of bread.", Exits: map[string]string{"west": "hall", "down": "vault"}, Items: []string{"bread"}},
		"vault":   {Name: "Vault", Desc: "Gold everywhere!", Exits: map[string]string{"up": "kitchen"}, Lock: "key"},
	}, Player: Player{Room: "hall"}}
	cmds := map[string]Command{"look": look, "go": goDir, "take": take, "drop": drop, "inv": inventory}
	aliases := map[string]string{"n": "go north", "s": "go south", "e": "go east", "w": "go west", "i": "inv"}
	script := `look
e
go down
take bread
w
n
take key
take sword
i
drop book
drop bread
s
dance
e
go down
look`
	for _, line := range strings.Split(script, "\n") {
		if w.Over {
			fmt.Println("(ignored:", line+")")
			continue
		}
		if a, ok := aliases[line]; ok {
			line = a
		}
		verb, arg, _ := strings.Cut(line, " ")
		cmd, ok := cmds[verb]
		fmt.Print("> ", line, "\n")
		if !ok {
			fmt.Println("I don't know how to", verb+".")
			continue
		}
		fmt.Println(cmd(w, arg))
	}
	fmt.Printf("Won in %d moves with %v\n", w.Player.Moves, w.Player.Bag)
}
