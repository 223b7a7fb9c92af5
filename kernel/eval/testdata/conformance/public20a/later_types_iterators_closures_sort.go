package main

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
)

func main() {
	inv := NewInventory()
	inv.Add(Item{"apple", 3, Fruit})
	inv.Add(Item{"kale", 1, Veg})
	inv.Add(Item{"pear", 0, Fruit})
	inv.Add(Item{"leek", 7, Veg})
	for it := range inv.InStock() {
		fmt.Println(it)
	}
	byKind := func(k Kind) []string {
		var out []string
		for it := range inv.All() {
			if it.Kind == k {
				out = append(out, it.Name)
			}
		}
		return out
	}
	fmt.Println(byKind(Fruit), byKind(Veg))
	items := slices.Collect(inv.All())
	slices.SortFunc(items, func(a, b Item) int { return b.Qty - a.Qty })
	fmt.Println(items)
	err := inv.Take("pear", 1)
	var se *StockError
	fmt.Println(err, errors.As(err, &se), se != nil && se.Item == "pear")
	fmt.Println(inv.Take("plum", 1), errors.Is(inv.Take("plum", 1), ErrNoItem))
	fmt.Println(inv.Take("leek", 2), inv.items["leek"].Qty)
	kinds := []Kind{Veg, Fruit, Veg}
	slices.Sort(kinds)
	fmt.Println(kinds, fmt.Sprintf("%d %v", kinds[0], kinds[2]))
}

type Kind int

const (
	Fruit Kind = iota + 1
	Veg
)

func (k Kind) String() string {
	switch k {
	case Fruit:
		return "fruit"
	case Veg:
		return "veg"
	}
	return "?"
}

type Item struct {
	Name string
	Qty  int
	Kind Kind
}

func (i Item) String() string { return fmt.Sprintf("%s×%d(%v)", i.Name, i.Qty, i.Kind) }

var ErrNoItem = errors.New("no such item")

type StockError struct {
	Item       string
	Want, Have int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("%s: want %d have %d", e.Item, e.Want, e.Have)
}

type Inventory struct {
	items map[string]*Item
	order []string
}

func NewInventory() *Inventory { return &Inventory{items: map[string]*Item{}} }

func (inv *Inventory) Add(it Item) {
	inv.items[it.Name] = &it
	inv.order = append(inv.order, it.Name)
}

func (inv *Inventory) All() iter.Seq[Item] {
	return func(yield func(Item) bool) {
		for _, n := range inv.order {
			if !yield(*inv.items[n]) {
				return
			}
		}
	}
}

func (inv *Inventory) InStock() iter.Seq[Item] {
	return func(yield func(Item) bool) {
		for it := range inv.All() {
			if it.Qty > 0 && !yield(it) {
				return
			}
		}
	}
}

func (inv *Inventory) Take(name string, n int) error {
	it, ok := inv.items[name]
	if !ok {
		return fmt.Errorf("take %s: %w", strings.ToUpper(name), ErrNoItem)
	}
	if it.Qty < n {
		return fmt.Errorf("take: %w", &StockError{name, n, it.Qty})
	}
	it.Qty -= n
	return nil
}
