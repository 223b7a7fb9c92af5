package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

type Recipe struct {
	Output string
	Qty    int
	Inputs map[string]int
}

type Inventory map[string]int

var ErrMissing = errors.New("missing materials")

type MissingError struct {
	Need map[string]int
}

func (e *MissingError) Error() string {
	keys := slices.Sorted(maps.Keys(e.Need))
	s := "need"
	for _, k := range keys {
		s += fmt.Sprintf(" %dx%s", e.Need[k], k)
	}
	return s
}

func (e *MissingError) Unwrap() error { return ErrMissing }

func (inv Inventory) Craft(r Recipe, times int) error {
	need := map[string]int{}
	for item, n := range r.Inputs {
		if short := n*times - inv[item]; short > 0 {
			need[item] = short
		}
	}
	if len(need) > 0 {
		return fmt.Errorf("craft %d %s: %w", times, r.Output, &MissingError{need})
	}
	for item, n := range r.Inputs {
		inv[item] -= n * times
		if inv[item] == 0 {
			delete(inv, item)
		}
	}
	inv[r.Output] += r.Qty * times
	return nil
}

func (inv Inventory) String() string {
	s := ""
	for _, k := range slices.Sorted(maps.Keys(inv)) {
		s += fmt.Sprintf("%s=%d ", k, inv[k])
	}
	return s
}

func main() {
	recipes := map[string]Recipe{
		"plank":   {"plank", 4, map[string]int{"log": 1}},
		"stick":   {"stick", 4, map[string]int{"plank": 2}},
		"pickaxe": {"pickaxe", 1, map[string]int{"plank": 3, "stick": 2}},
		"torch":   {"torch", 4, map[string]int{"stick": 1, "coal": 1}},
	}
	inv := Inventory{"log": 3, "coal": 1}
	plan := []struct {
		what  string
		times int
	}{{"plank", 2}, {"stick", 1}, {"pickaxe", 1}, {"torch", 2}, {"pickaxe", 2}, {"plank", 1}, {"torch", 1}}
	for _, p := range plan {
		err := inv.Craft(recipes[p.what], p.times)
		var me *MissingError
		switch {
		case err == nil:
			fmt.Printf("%-8s x%d ok   %v\n", p.what, p.times, inv)
		case errors.As(err, &me):
			fmt.Printf("%-8s x%d FAIL %v (missing=%v, kinds=%d)\n", p.what, p.times, err, errors.Is(err, ErrMissing), len(me.Need))
		}
	}
}
