package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Item struct {
	Name   string
	Weight float64
	Value  int
}

type Hero struct {
	HP, MaxHP int
	Gold      int
	Bag       map[string]Item
	Capacity  float64
}

func (h *Hero) load() (w float64) {
	for _, it := range h.Bag {
		w += it.Weight
	}
	return
}

func main() {
	shop := map[string]Item{
		"sword":  {"sword", 5, 30},
		"potion": {"potion", 0.5, 10},
		"shield": {"shield", 8, 25},
		"rope":   {"rope", 2, 3},
	}
	h := &Hero{HP: 12, MaxHP: 20, Gold: 50, Bag: map[string]Item{}, Capacity: 10}
	script := `buy sword
buy potion
buy shield
buy rope
drink potion
hit 7
sell sword
buy shield
status
hit 30`
	sc := bufio.NewScanner(strings.NewReader(script))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		cmd, arg := f[0], ""
		if len(f) > 1 {
			arg = f[1]
		}
		var out string
		switch cmd {
		case "buy":
			it, ok := shop[arg]
			switch {
			case !ok:
				out = "no such item"
			case it.Value > h.Gold:
				out = fmt.Sprintf("need %d gold, have %d", it.Value, h.Gold)
			case h.load()+it.Weight > h.Capacity:
				out = fmt.Sprintf("too heavy (%.1f/%.1f)", h.load()+it.Weight, h.Capacity)
			default:
				h.Gold -= it.Value
				h.Bag[arg] = it
				out = "bought " + arg
			}
		case "sell":
			if it, ok := h.Bag[arg]; ok {
				delete(h.Bag, arg)
				h.Gold += it.Value / 2
				out = fmt.Sprintf("sold %s for %d", arg, it.Value/2)
			}
		case "drink":
			if _, ok := h.Bag[arg]; ok {
				delete(h.Bag, arg)
				h.HP = min(h.MaxHP, h.HP+8)
				out = "hp " + strconv.Itoa(h.HP)
			}
		case "hit":
			n, _ := strconv.Atoi(arg)
			if _, ok := h.Bag["shield"]; ok {
				n /= 2
			}
			h.HP -= n
			out = fmt.Sprintf("took %d, hp %d", n, h.HP)
			if h.HP <= 0 {
				out += " -- game over"
			}
		case "status":
			names := make([]string, 0, len(h.Bag))
			for n := range h.Bag {
				names = append(names, n)
			}
			sort.Strings(names)
			out = fmt.Sprintf("hp=%d gold=%d load=%.1f bag=%v", h.HP, h.Gold, h.load(), names)
		}
		fmt.Printf("%-14s| %s\n", sc.Text(), out)
	}
}
