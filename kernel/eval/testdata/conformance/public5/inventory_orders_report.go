package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
)

type SKU string

type Product struct {
	SKU   SKU
	Name  string
	Price int
	Stock int
}

type Line struct {
	SKU SKU
	Qty int
}

type Order struct {
	ID    int
	Lines []Line
}

var ErrUnknownSKU = errors.New("unknown sku")

type StockError struct {
	SKU       SKU
	Want, Got int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("insufficient stock for %s: want %d, have %d", e.SKU, e.Want, e.Got)
}

type Inventory struct {
	products map[SKU]*Product
	sold     map[SKU]int
}

func (inv *Inventory) Fulfil(o Order) (total int, err error) {
	for _, l := range o.Lines {
		p, ok := inv.products[l.SKU]
		if !ok {
			return 0, fmt.Errorf("order %d: %w: %s", o.ID, ErrUnknownSKU, l.SKU)
		}
		if p.Stock < l.Qty {
			return 0, fmt.Errorf("order %d: %w", o.ID, &StockError{l.SKU, l.Qty, p.Stock})
		}
	}
	for _, l := range o.Lines {
		p := inv.products[l.SKU]
		p.Stock -= l.Qty
		inv.sold[l.SKU] += l.Qty
		total += p.Price * l.Qty
	}
	return total, nil
}

func main() {
	inv := &Inventory{products: map[SKU]*Product{}, sold: map[SKU]int{}}
	for _, p := range []Product{{"A1", "Anvil", 5000, 3}, {"B2", "Bolt", 25, 500}, {"C3", "Crate", 1200, 10}} {
		p := p
		inv.products[p.SKU] = &p
	}
	orders := []Order{
		{1, []Line{{"A1", 1}, {"B2", 100}}},
		{2, []Line{{"A1", 5}}},
		{3, []Line{{"Z9", 1}}},
		{4, []Line{{"C3", 2}, {"B2", 400}, {"A1", 2}}},
		{5, []Line{{"B2", 1}}},
	}
	revenue := 0
	for _, o := range orders {
		t, err := inv.Fulfil(o)
		var se *StockError
		switch {
		case err == nil:
			revenue += t
			fmt.Printf("order %d ok: $%d.%02d\n", o.ID, t/100, t%100)
		case errors.As(err, &se):
			fmt.Printf("order %d short by %d: %v\n", o.ID, se.Want-se.Got, err)
		case errors.Is(err, ErrUnknownSKU):
			fmt.Println("rejected:", err)
		}
	}
	skus := make([]SKU, 0, len(inv.products))
	for s := range inv.products {
		skus = append(skus, s)
	}
	sort.Slice(skus, func(i, j int) bool { return skus[i] < skus[j] })
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "SKU\tName\tSold\tLeft\t")
	for _, s := range skus {
		p := inv.products[s]
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t\n", s, p.Name, inv.sold[s], p.Stock)
	}
	tw.Flush()
	fmt.Printf("revenue $%d.%02d\n", revenue/100, revenue%100)
}
