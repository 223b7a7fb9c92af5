package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Order struct {
	Customer string
	Product  string
	Qty      int
	Price    float64
}

func (o Order) Total() float64 { return float64(o.Qty) * o.Price }

func main() {
	orders := []Order{
		{"carol", "pen", 10, 1.5}, {"alice", "book", 2, 12}, {"bob", "pen", 3, 1.5},
		{"alice", "ink", 5, 3}, {"carol", "book", 1, 12}, {"bob", "book", 2, 12},
	}
	slices.SortFunc(orders, func(a, b Order) int {
		return cmp.Or(
			strings.Compare(a.Product, b.Product),
			cmp.Compare(b.Total(), a.Total()),
			cmp.Compare(a.Customer, b.Customer),
		)
	})
	for _, o := range orders {
		fmt.Printf("%-5s %-6s %3d %6.2f\n", o.Product, o.Customer, o.Qty, o.Total())
	}
	byCust := slices.Clone(orders)
	slices.SortStableFunc(byCust, func(a, b Order) int { return cmp.Compare(a.Customer, b.Customer) })
	var last string
	for _, o := range byCust {
		if o.Customer != last {
			fmt.Print("\n", o.Customer, ":")
			last = o.Customer
		}
		fmt.Print(" ", o.Product)
	}
	fmt.Println()
	fmt.Println(cmp.Or("", "default"), cmp.Or(0, 0, 3), cmp.Less(1.5, 2), cmp.Compare("b", "a"))
	i, ok := slices.BinarySearchFunc(orders, "ink", func(o Order, p string) int { return strings.Compare(o.Product, p) })
	fmt.Println(i, ok)
	fmt.Println(slices.IsSortedFunc(orders, func(a, b Order) int { return strings.Compare(a.Product, b.Product) }))
}
