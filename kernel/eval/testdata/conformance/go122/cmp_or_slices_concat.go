package main

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
)

type Order struct {
	Product  string
	Customer string
	Price    float64
}

func main() {
	orders := []Order{
		{"foo", "alice", 1.00},
		{"bar", "bob", 3.00},
		{"baz", "carol", 4.00},
		{"foo", "alice", 2.00},
		{"bar", "carol", 1.00},
		{"foo", "bob", 4.00},
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
	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}))
	fmt.Println(reflect.TypeFor[map[string]int]())
}
