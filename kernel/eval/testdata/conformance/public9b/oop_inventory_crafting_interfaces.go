package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Item interface {
	Name() string
	Weight() float64
}

type Stackable interface {
	Item
	MaxStack() int
}

type Material struct {
	name string
	w    float64
}

func (m Material) Name() string    { return m.name }
func (m Material) Weight() float64 { return m.w }
func (m Material) MaxStack() int   { return 64 }

type Tool struct {
	Material
	durability int
}

func (t Tool) MaxStack() int { return 1 }
func (t *Tool) Use() error {
	if t.durability == 0 {
		return fmt.Errorf("%s is broken", t.name)
	}
	t.durability--
	return nil
}

type Slot struct {
	Item  Stackable
	Count int
}

type Inventory struct {
	slots []Slot
	max   int
}

var ErrFull = errors.New("inventory full")

func (inv *Inventory) Add(it Stackable, n int) error {
	for i := range inv.slots {
		s := &inv.slots[i]
		if s.Item.Name() == it.Name() && s.Count < it.MaxStack() {
			room := it.MaxStack() - s.Count
			take := min(room, n)
			s.Count += take
			n -= take
			if n == 0 {
				return nil
			}
		}
	}
	for n > 0 {
		if len(inv.slots) == inv.max {
			return fmt.Errorf("adding %d %s: %w", n, it.Name(), ErrFull)
		}
		take := min(it.MaxStack(), n)
		inv.slots = append(inv.slots, Slot{it, take})
		n -= take
	}
	return nil
}

func (inv *Inventory) Count(name string) (n int) {
	for _, s := range inv.slots {
		if s.Item.Name() == name {
			n += s.Count
		}
	}
	return
}

func (inv *Inventory) Weight() (w float64) {
	for _, s := range inv.slots {
		w += s.Item.Weight() * float64(s.Count)
	}
	return
}

type Recipe struct {
	Out    Stackable
	Inputs map[string]int
}

func (inv *Inventory) Craft(r Recipe) error {
	names := make([]string, 0, len(r.Inputs))
	for n := range r.Inputs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if have := inv.Count(n); have < r.Inputs[n] {
			return fmt.Errorf("craft %s: need %d %s, have %d", r.Out.Name(), r.Inputs[n], n, have)
		}
	}
	for _, n := range names {
		need := r.Inputs[n]
		for i := len(inv.slots) - 1; i >= 0 && need > 0; i-- {
			s := &inv.slots[i]
			if s.Item.Name() != n {
				continue
			}
			take := min(need, s.Count)
			s.Count -= take
			need -= take
			if s.Count == 0 {
				inv.slots = append(inv.slots[:i], inv.slots[i+1:]...)
			}
		}
	}
	return inv.Add(r.Out, 1)
}

func (inv *Inventory) String() string {
	var parts []string
	for _, s := range inv.slots {
		parts = append(parts, fmt.Sprintf("%s x%d", s.Item.Name(), s.Count))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func main() {
	wood := Material{"wood", 0.5}
	stone := Material{"stone", 2}
	inv := &Inventory{max: 4}
	fmt.Println(inv.Add(wood, 70), inv.Add(stone, 10), inv)
	pick := Recipe{&Tool{Material{"pickaxe", 3}, 2}, map[string]int{"wood": 2, "stone": 3}}
	fmt.Println(inv.Craft(pick), inv)
	fmt.Println(inv.Craft(Recipe{Material{"wall", 10}, map[string]int{"stone": 20}}))
	err := inv.Add(stone, 200)
	fmt.Println(err, errors.Is(err, ErrFull), inv)
	fmt.Printf("%.1f\n", inv.Weight())
	for _, s := range inv.slots {
		if t, ok := s.Item.(*Tool); ok {
			fmt.Println(t.Use(), t.Use(), t.Use(), t.durability)
		}
	}
}
