package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type Order struct {
	Product  string
	Customer string
	Price    float64
}

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.0, 2.0))
	fmt.Println(cmp.Less(1, 2), cmp.Less("z", "a"))
	nan := math.NaN()
	fmt.Println(cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan), cmp.Less(nan, math.Inf(-1)))
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "default"), cmp.Or[int]())
	orders := []Order{
		{"foo", "alice", 1.00}, {"bar", "bob", 3.00}, {"baz", "carol", 4.00},
		{"foo", "alice", 2.00}, {"bar", "carol", 1.00}, {"foo", "bob", 4.00},
	}
	slices.SortFunc(orders, func(a, b Order) int {
		return cmp.Or(
			cmp.Compare(a.Customer, b.Customer),
			cmp.Compare(a.Product, b.Product),
			cmp.Compare(b.Price, a.Price),
		)
	})
	for _, o := range orders {
		fmt.Printf("%s %s %.2f\n", o.Product, o.Customer, o.Price)
	}
}
