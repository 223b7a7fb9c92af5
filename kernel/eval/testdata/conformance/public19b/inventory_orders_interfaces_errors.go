package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type SKU string

type Product struct {
	SKU   SKU
	Name  string
	Price int
}

type Line struct {
	SKU SKU
	Qty int
}

type Inventory struct {
	products map[SKU]Product
	stock    map[SKU]int
}

type StockError struct {
	SKU       SKU
	Want, Got int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("sku %s: want %d, have %d", e.SKU, e.Want, e.Got)
}

var ErrUnknown = errors.New("unknown product")

func NewInventory(ps ...Product) *Inventory {
	inv := &Inventory{map[SKU]Product{}, map[SKU]int{}}
	for _, p := range ps {
		inv.products[p.SKU] = p
	}
	return inv
}

func (inv *Inventory) Restock(s SKU, n int) { inv.stock[s] += n }

func (inv *Inventory) Reserve(lines []Line) (total int, err error) {
	var errs []error
	for _, l := range lines {
		p, ok := inv.products[l.SKU]
		if !ok {
			errs = append(errs, fmt.Errorf("line %s: %w", l.SKU, ErrUnknown))
			continue
		}
		if have := inv.stock[l.SKU]; have < l.Qty {
			errs = append(errs, &StockError{l.SKU, l.Qty, have})
			continue
		}
		total += p.Price * l.Qty
	}
	if err = errors.Join(errs...); err != nil {
		return 0, err
	}
	for _, l := range lines {
		inv.stock[l.SKU] -= l.Qty
	}
	return total, nil
}

func (inv *Inventory) Report() string {
	skus := make([]string, 0, len(inv.products))
	for s := range inv.products {
		skus = append(skus, string(s))
	}
	sort.Strings(skus)
	var sb strings.Builder
	for _, s := range skus {
		p := inv.products[SKU(s)]
		fmt.Fprintf(&sb, "%-6s %-10s %5d x %3d\n", p.SKU, p.Name, p.Price, inv.stock[p.SKU])
	}
	return sb.String()
}

func main() {
	inv := NewInventory(Product{"A1", "widget", 250}, Product{"B2", "gadget", 1200}, Product{"C3", "doohickey", 99})
	inv.Restock("A1", 10)
	inv.Restock("B2", 1)
	fmt.Print(inv.Report())
	total, err := inv.Reserve([]Line{{"A1", 4}, {"B2", 1}})
	fmt.Println(total, err)
	total, err = inv.Reserve([]Line{{"A1", 7}, {"Z9", 1}, {"C3", 1}, {"B2", 1}})
	fmt.Println(total)
	fmt.Println(err)
	var se *StockError
	if errors.As(err, &se) {
		fmt.Printf("first stock error: %+v\n", *se)
	}
	fmt.Println(errors.Is(err, ErrUnknown))
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		for i, e := range u.Unwrap() {
			fmt.Printf("%d: %T\n", i, e)
		}
	}
	fmt.Print(inv.Report())
}
