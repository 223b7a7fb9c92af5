package main

import (
	"fmt"
	"sort"
	"strings"
)

type Game struct {
	score    int
	handlers map[string]func(*Game, int) int
	onScore  []func(*Game) string
	pending  chan func(*Game) int
	slots    [2]func(g *Game, note string)
	log      []string
}

func (g *Game) add(k int) int { g.score += k; return g.score }

func (g *Game) fire(name string, arg int) string {
	h, ok := g.handlers[name]
	if !ok {
		return "no handler " + name
	}
	v := h(g, arg)
	var notes []string
	for _, f := range g.onScore {
		notes = append(notes, f(g))
	}
	for _, s := range g.slots {
		if s != nil {
			s(g, name)
		}
	}
	return fmt.Sprint(name, "=", v, " ", strings.Join(notes, ","))
}

func main() {
	g := &Game{handlers: map[string]func(*Game, int) int{}, pending: make(chan func(*Game) int, 2)}
	f := (*Game).add
	fmt.Println(f(g, 1))
	g.handlers["add"] = (*Game).add
	g.handlers["double"] = func(g *Game, _ int) int { g.score *= 2; return g.score }
	g.onScore = append(g.onScore, func(g *Game) string { return fmt.Sprint("score:", g.score) })
	g.slots[1] = func(g *Game, note string) { g.log = append(g.log, note) }
	for _, ev := range []string{"add", "double", "jump", "add"} {
		fmt.Println(g.fire(ev, 5))
	}
	g.pending <- func(g *Game) int { return g.score + 100 }
	fmt.Println((<-g.pending)(g), g.log)
	var names []string
	for k := range g.handlers {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println(names)
	fmt.Printf("%T\n%T\n", g.handlers, g.slots)
}
