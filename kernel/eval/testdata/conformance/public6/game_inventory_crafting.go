package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Item string

type Stack struct {
	Item  Item
	Count int
}

type Recipe struct {
	Output Stack
	Inputs []Stack
	Tool   Item
}

type Inventory map[Item]int

var ErrMissing = errors.New("missing ingredients")

type MissingError struct {
	Recipe  Item
	Missing []Stack
}

func (e *MissingError) Error() string {
	parts := make([]string, len(e.Missing))
	for i, s := range e.Missing {
		parts[i] = fmt.Sprintf("%d %s", s.Count, s.Item)
	}
	return fmt.Sprintf("craft %s: need %s", e.Recipe, strings.Join(parts, ", "))
}

func (e *MissingError) Is(target error) bool { return target == ErrMissing }

func (inv Inventory) Craft(r Recipe, times int) error {
	var missing []Stack
	if r.Tool != "" && inv[r.Tool] == 0 {
		missing = append(missing, Stack{r.Tool, 1})
	}
	for _, in := range r.Inputs {
		if need := in.Count * times; inv[in.Item] < need {
			missing = append(missing, Stack{in.Item, need - inv[in.Item]})
		}
	}
	if len(missing) > 0 {
		return &MissingError{r.Output.Item, missing}
	}
	for _, in := range r.Inputs {
		inv[in.Item] -= in.Count * times
		if inv[in.Item] == 0 {
			delete(inv, in.Item)
		}
	}
	inv[r.Output.Item] += r.Output.Count * times
	return nil
}

func (inv Inventory) String() string {
	items := make([]string, 0, len(inv))
	for it, n := range inv {
		items = append(items, fmt.Sprintf("%s×%d", it, n))
	}
	sort.Strings(items)
	return strings.Join(items, " ")
}

func main() {
	recipes := map[Item]Recipe{
		"plank":   {Output: Stack{"plank", 4}, Inputs: []Stack{{"log", 1}}},
		"stick":   {Output: Stack{"stick", 4}, Inputs: []Stack{{"plank", 2}}},
		"table":   {Output: Stack{"table", 1}, Inputs: []Stack{{"plank", 4}}},
		"pickaxe": {Output: Stack{"pickaxe", 1}, Inputs: []Stack{{"plank", 3}, {"stick", 2}}, Tool: "table"},
		"torch":   {Output: Stack{"torch", 4}, Inputs: []Stack{{"stick", 1}, {"coal", 1}}},
	}
	inv := Inventory{"log": 3, "coal": 1}
	plan := []struct {
		item  Item
		times int
	}{{"plank", 3}, {"pickaxe", 1}, {"table", 1}, {"stick", 1}, {"pickaxe", 1}, {"torch", 2}, {"torch", 1}}
	for _, p := range plan {
		err := inv.Craft(recipes[p.item], p.times)
		var me *MissingError
		switch {
		case err == nil:
			fmt.Printf("crafted %s x%d -> %v\n", p.item, p.times, inv)
		case errors.As(err, &me):
			fmt.Printf("%v (missing=%t, kinds=%d)\n", err, errors.Is(err, ErrMissing), len(me.Missing))
		}
	}
}
