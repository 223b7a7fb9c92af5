package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price Money
	Tags  []string
}

type Inventory[K comparable, V any] struct {
	items map[K]V
	order []K
}

func NewInventory[K comparable, V any]() *Inventory[K, V] {
	return &Inventory[K, V]{items: make(map[K]V)}
}

func (inv *Inventory[K, V]) Put(k K, v V) {
	if _, ok := inv.items[k]; !ok {
		inv.order = append(inv.order, k)
	}
	inv.items[k] = v
}

func (inv *Inventory[K, V]) Get(k K) (V, bool) {
	v, ok := inv.items[k]
	return v, ok
}

func (inv *Inventory[K, V]) All() []V {
	out := make([]V, 0, len(inv.order))
	for _, k := range inv.order {
		out = append(out, inv.items[k])
	}
	return out
}

func Sum[T any, N Number](xs []T, f func(T) N) N {
	var total N
	for _, x := range xs {
		total += f(x)
	}
	return total
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func main() {
	inv := NewInventory[string, Item]()
	inv.Put("A1", Item{"A1", "widget", 10, 250, []string{"tools"}})
	inv.Put("B2", Item{"B2", "gadget", 3, 1999, []string{"tools", "electronics"}})
	inv.Put("C3", Item{"C3", "apple", 50, 45, []string{"food"}})
	inv.Put("D4", Item{"D4", "banana", 0, 30, []string{"food"}})
	inv.Put("A1", Item{"A1", "widget", 12, 250, []string{"tools"}})
	all := inv.All()
	slices.SortFunc(all, func(a, b Item) int {
		return cmp.Or(cmp.Compare(b.Price*Money(b.Qty), a.Price*Money(a.Qty)), strings.Compare(a.Name, b.Name))
	})
	for _, it := range all {
		fmt.Printf("%-3s %-7s qty=%2d price=%v value=%v\n", it.SKU, it.Name, it.Qty, it.Price, it.Price*Money(it.Qty))
	}
	fmt.Println("total value:", Sum(all, func(i Item) Money { return i.Price * Money(i.Qty) }))
	fmt.Println("total qty:", Sum(all, func(i Item) int { return i.Qty }))
	groups := GroupBy(all, func(i Item) string { return i.Tags[0] })
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		names := []string{}
		for _, it := range groups[k] {
			names = append(names, it.Name)
		}
		slices.Sort(names)
		fmt.Println(k, names)
	}
	idx, found := slices.BinarySearchFunc([]string{"apple", "banana", "gadget"}, "banana", strings.Compare)
	fmt.Println(idx, found)
	out := slices.DeleteFunc(slices.Clone(all), func(i Item) bool { return i.Qty == 0 })
	fmt.Println(len(out), len(all))
	it, ok := inv.Get("ZZ")
	fmt.Printf("%+v %v\n", it, ok)
	maxItem := slices.MaxFunc(all, func(a, b Item) int { return cmp.Compare(a.Qty, b.Qty) })
	fmt.Println(maxItem.Name)
}
