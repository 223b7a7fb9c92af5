package main

import (
	"fmt"
	"sort"
	"strings"
)

type Inventory struct {
	items map[string]int
	log   []string
}

func NewInventory() *Inventory { return &Inventory{items: make(map[string]int)} }

func (inv *Inventory) Add(name string, qty int) *Inventory {
	inv.items[name] += qty
	inv.log = append(inv.log, fmt.Sprintf("+%d %s", qty, name))
	return inv
}

func (inv *Inventory) Remove(name string, qty int) error {
	have, ok := inv.items[name]
	switch {
	case !ok:
		return fmt.Errorf("no %s in stock", name)
	case have < qty:
		return fmt.Errorf("only %d %s left, want %d", have, name, qty)
	}
	inv.items[name] -= qty
	if inv.items[name] == 0 {
		delete(inv.items, name)
	}
	inv.log = append(inv.log, fmt.Sprintf("-%d %s", qty, name))
	return nil
}

func (inv Inventory) Report() string {
	names := make([]string, 0, len(inv.items))
	for n := range inv.items {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		fmt.Fprintf(&b, "%-8s%3d\n", n, inv.items[n])
	}
	return b.String()
}

func main() {
	inv := NewInventory().Add("apple", 5).Add("pear", 2).Add("apple", 1)
	for _, r := range []struct {
		n string
		q int
	}{{"apple", 4}, {"pear", 3}, {"kiwi", 1}, {"pear", 2}} {
		if err := inv.Remove(r.n, r.q); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Print(inv.Report())
	fmt.Println(strings.Join(inv.log, "; "))
}
