package main

import (
	"cmp"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
)

type SKU string

type Item struct {
	SKU      SKU
	Name     string
	Qty      int
	Reorder  int
	PriceCts int
	Tags     []string
}

func (i Item) String() string { return fmt.Sprintf("%s(%s x%d)", i.Name, i.SKU, i.Qty) }

type StockError struct {
	SKU       SKU
	Want, Got int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("sku %s: want %d, have %d", e.SKU, e.Want, e.Got)
}

var ErrUnknown = errors.New("unknown sku")

type Inventory struct {
	items map[SKU]*Item
	moves []string
}

func (inv *Inventory) Add(it Item) {
	if inv.items == nil {
		inv.items = make(map[SKU]*Item)
	}
	cp := it
	inv.items[it.SKU] = &cp
}

func (inv *Inventory) Take(s SKU, n int) error {
	it, ok := inv.items[s]
	if !ok {
		return fmt.Errorf("take %d of %s: %w", n, s, ErrUnknown)
	}
	if it.Qty < n {
		return &StockError{SKU: s, Want: n, Got: it.Qty}
	}
	it.Qty -= n
	inv.moves = append(inv.moves, fmt.Sprintf("-%d %s", n, s))
	return nil
}

func (inv *Inventory) Low() []Item {
	var out []Item
	for _, it := range inv.items {
		if it.Qty <= it.Reorder {
			out = append(out, *it)
		}
	}
	slices.SortFunc(out, func(a, b Item) int {
		return cmp.Or(cmp.Compare(a.Qty, b.Qty), strings.Compare(string(a.SKU), string(b.SKU)))
	})
	return out
}

func (inv *Inventory) ByTag() map[string][]SKU {
	m := map[string][]SKU{}
	for s, it := range inv.items {
		for _, t := range it.Tags {
			m[t] = append(m[t], s)
		}
	}
	for _, v := range m {
		slices.Sort(v)
	}
	return m
}

func main() {
	var inv Inventory
	inv.Add(Item{"A100", "bolt", 120, 50, 15, []string{"hardware", "small"}})
	inv.Add(Item{"A200", "nut", 40, 50, 8, []string{"hardware", "small"}})
	inv.Add(Item{"B300", "hammer", 6, 5, 1299, []string{"tool"}})
	inv.Add(Item{"C400", "glue", 3, 10, 450, []string{"supply"}})

	orders := []struct {
		s SKU
		n int
	}{{"A100", 80}, {"B300", 2}, {"Z999", 1}, {"C400", 5}, {"A200", 40}}
	for _, o := range orders {
		err := inv.Take(o.s, o.n)
		var se *StockError
		switch {
		case err == nil:
			fmt.Println("took", o.n, o.s)
		case errors.As(err, &se):
			fmt.Printf("short: %v (missing %d)\n", se, se.Want-se.Got)
		case errors.Is(err, ErrUnknown):
			fmt.Println("unknown:", err)
		}
	}
	fmt.Println("moves:", inv.moves)

	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "sku\tname\tqty\treorder\tvalue\t")
	for _, it := range inv.Low() {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%.2f\t\n", it.SKU, it.Name, it.Qty, it.Reorder, float64(it.Qty*it.PriceCts)/100)
	}
	tw.Flush()

	tags := inv.ByTag()
	keys := make([]string, 0, len(tags))
	for k := range tags {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("%-8s %v\n", k, tags[k])
	}
	low := inv.Low()
	fmt.Println(low)
	fmt.Printf("%v\n", low[0])
}
