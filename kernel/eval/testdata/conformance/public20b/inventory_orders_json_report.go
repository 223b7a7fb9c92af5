package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

type SKU string

type Product struct {
	SKU   SKU     `json:"sku"`
	Name  string  `json:"name"`
	Price float64 `json:"price"`
	Stock int     `json:"stock"`
}

type Line struct {
	SKU SKU `json:"sku"`
	Qty int `json:"qty"`
}

type Order struct {
	ID    int    `json:"id"`
	Lines []Line `json:"lines"`
}

var (
	ErrUnknown = errors.New("unknown product")
	ErrStock   = errors.New("insufficient stock")
)

type StockError struct {
	SKU        SKU
	Want, Have int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("%s: want %d, have %d", e.SKU, e.Want, e.Have)
}
func (e *StockError) Unwrap() error { return ErrStock }

type Inventory struct {
	products map[SKU]*Product
	log      []string
}

func (inv *Inventory) Place(o Order) (float64, error) {
	for _, l := range o.Lines {
		p, ok := inv.products[l.SKU]
		if !ok {
			return 0, fmt.Errorf("order %d: %w: %s", o.ID, ErrUnknown, l.SKU)
		}
		if p.Stock < l.Qty {
			return 0, fmt.Errorf("order %d: %w", o.ID, &StockError{l.SKU, l.Qty, p.Stock})
		}
	}
	total := 0.0
	for _, l := range o.Lines {
		p := inv.products[l.SKU]
		p.Stock -= l.Qty
		total += float64(l.Qty) * p.Price
		inv.log = append(inv.log, fmt.Sprintf("order %d: -%d %s", o.ID, l.Qty, l.SKU))
	}
	return total, nil
}

const catalog = `[
 {"sku":"A-1","name":"Widget","price":2.50,"stock":10},
 {"sku":"B-2","name":"Gadget","price":10,"stock":3},
 {"sku":"C-3","name":"Doohickey","price":0.99,"stock":100}
]`

const orders = `[
 {"id":1,"lines":[{"sku":"A-1","qty":4},{"sku":"C-3","qty":10}]},
 {"id":2,"lines":[{"sku":"B-2","qty":5}]},
 {"id":3,"lines":[{"sku":"Z-9","qty":1}]},
 {"id":4,"lines":[{"sku":"B-2","qty":3},{"sku":"A-1","qty":6}]},
 {"id":5,"lines":[{"sku":"A-1","qty":1}]}
]`

func main() {
	var ps []Product
	if err := json.Unmarshal([]byte(catalog), &ps); err != nil {
		panic(err)
	}
	inv := &Inventory{products: map[SKU]*Product{}}
	for i := range ps {
		inv.products[ps[i].SKU] = &ps[i]
	}
	var os_ []Order
	json.Unmarshal([]byte(orders), &os_)
	revenue := 0.0
	for _, o := range os_ {
		total, err := inv.Place(o)
		var se *StockError
		switch {
		case errors.As(err, &se):
			fmt.Printf("order %d rejected: short %d of %s (is ErrStock: %v)\n", o.ID, se.Want-se.Have, se.SKU, errors.Is(err, ErrStock))
		case errors.Is(err, ErrUnknown):
			fmt.Println("rejected:", err)
		case err != nil:
			fmt.Println("error:", err)
		default:
			revenue += total
			fmt.Printf("order %d ok: %.2f\n", o.ID, total)
		}
	}
	fmt.Printf("revenue %.2f\n", revenue)
	fmt.Println(strings.Join(inv.log, "; "))
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "SKU\tName\tPrice\tStock\t")
	skus := make([]SKU, 0, len(inv.products))
	for s := range inv.products {
		skus = append(skus, s)
	}
	sort.Slice(skus, func(i, j int) bool { return skus[i] < skus[j] })
	for _, s := range skus {
		p := inv.products[s]
		fmt.Fprintf(tw, "%s\t%s\t%.2f\t%d\t\n", p.SKU, p.Name, p.Price, p.Stock)
	}
	tw.Flush()
	out, _ := json.MarshalIndent(ps, "", " ")
	fmt.Println(string(out))
}
