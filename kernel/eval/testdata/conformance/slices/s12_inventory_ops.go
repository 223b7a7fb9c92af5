package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type SKU string

type Item struct {
	SKU   SKU
	Qty   int
	Price float64
}

func (i Item) String() string { return fmt.Sprintf("%s×%d", i.SKU, i.Qty) }

type Inventory []Item

func (inv Inventory) Find(s SKU) (Item, bool) {
	i := slices.IndexFunc(inv, func(it Item) bool { return it.SKU == s })
	if i < 0 {
		return Item{}, false
	}
	return inv[i], true
}

func main() {
	inv := Inventory{{"b-2", 3, 2.5}, {"a-1", 0, 10}, {"c-3", 7, 1}, {"a-9", 2, 4}}
	fmt.Println(inv.Find("c-3"))
	fmt.Println(inv.Find("zz"))
	inStock := slices.DeleteFunc(slices.Clone(inv), func(it Item) bool { return it.Qty == 0 })
	fmt.Println(inStock, len(inv))
	slices.SortFunc(inStock, func(a, b Item) int { return strings.Compare(string(a.SKU), string(b.SKU)) })
	fmt.Println(inStock)
	i, ok := slices.BinarySearchFunc(inStock, SKU("b-2"), func(it Item, s SKU) int { return cmp.Compare(it.SKU, s) })
	fmt.Println(i, ok)
	inStock = slices.Insert(inStock, i, Item{"b-1", 1, 9})
	fmt.Println(inStock, slices.ContainsFunc(inStock, func(it Item) bool { return it.Price > 5 }))
	skus := make([]SKU, 0, len(inStock))
	for _, it := range inStock {
		skus = append(skus, it.SKU)
	}
	fmt.Println(slices.Index(skus, "c-3"), slices.Contains(skus, "a-1"), slices.Equal(skus, slices.Clone(skus)))
	slices.Reverse(skus)
	fmt.Println(skus, slices.Compact([]SKU{"x", "x", "y", "x"}))
	fmt.Println(slices.Replace(skus, 0, 2, "NEW"), cap(slices.Grow(skus[:0:0], 10)) >= 10)
	grouped := slices.CompactFunc([]Item{{"a", 1, 0}, {"a", 2, 0}, {"b", 1, 0}}, func(x, y Item) bool { return x.SKU == y.SKU })
	fmt.Println(grouped, slices.EqualFunc(inv[:1], []SKU{"b-2"}, func(it Item, s SKU) bool { return it.SKU == s }))
}
