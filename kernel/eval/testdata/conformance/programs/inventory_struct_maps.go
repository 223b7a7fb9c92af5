package main

import (
	"fmt"
	"sort"
	"strings"
)

type Product struct {
	SKU   string
	Name  string
	Price float64
	Qty   int
	Tags  []string
}

type Inventory struct {
	items map[string]*Product
}

func (inv *Inventory) Add(p Product) {
	if inv.items == nil {
		inv.items = make(map[string]*Product)
	}
	if ex, ok := inv.items[p.SKU]; ok {
		ex.Qty += p.Qty
		return
	}
	inv.items[p.SKU] = &p
}

func (inv *Inventory) Remove(sku string, n int) error {
	p, ok := inv.items[sku]
	switch {
	case !ok:
		return fmt.Errorf("no product %q", sku)
	case p.Qty < n:
		return fmt.Errorf("only %d of %s left", p.Qty, p.Name)
	}
	p.Qty -= n
	if p.Qty == 0 {
		delete(inv.items, sku)
	}
	return nil
}

func (inv *Inventory) Report() string {
	skus := make([]string, 0, len(inv.items))
	for k := range inv.items {
		skus = append(skus, k)
	}
	sort.Strings(skus)
	var b strings.Builder
	total := 0.0
	for _, k := range skus {
		p := inv.items[k]
		v := p.Price * float64(p.Qty)
		total += v
		fmt.Fprintf(&b, "%-5s %-8s %3d x %6.2f = %8.2f %v\n", p.SKU, p.Name, p.Qty, p.Price, v, p.Tags)
	}
	fmt.Fprintf(&b, "total %.2f", total)
	return b.String()
}

func main() {
	var inv Inventory
	inv.Add(Product{"A1", "widget", 2.5, 10, []string{"small"}})
	inv.Add(Product{"B2", "gadget", 12.99, 3, nil})
	inv.Add(Product{"A1", "widget", 2.5, 5, nil})
	inv.Add(Product{"C3", "doohick", 0.1, 100, []string{"bulk", "cheap"}})
	fmt.Println(inv.Remove("B2", 5))
	fmt.Println(inv.Remove("B2", 3))
	fmt.Println(inv.Remove("Z9", 1))
	fmt.Println(inv.Report())
	byTag := map[string][]string{}
	for sku, p := range inv.items {
		for _, t := range p.Tags {
			byTag[t] = append(byTag[t], sku)
		}
	}
	fmt.Println(len(byTag), byTag["cheap"])
}
