package main

import (
	"fmt"
	"sort"
	"strings"
)

type Cart struct {
	Items    map[string]int
	Prices   map[string]float64
	Customer string
	Coupon   string
}

func (c Cart) Subtotal() float64 {
	var s float64
	for sku, q := range c.Items {
		s += float64(q) * c.Prices[sku]
	}
	return s
}

type Rule interface {
	Apply(c Cart, total float64) (float64, string)
}

type RuleFunc func(Cart, float64) (float64, string)

func (f RuleFunc) Apply(c Cart, t float64) (float64, string) { return f(c, t) }

type PercentOff struct {
	Pct  float64
	When func(Cart) bool
	Name string
}

func (p PercentOff) Apply(c Cart, t float64) (float64, string) {
	if p.When != nil && !p.When(c) {
		return t, ""
	}
	return t * (1 - p.Pct/100), fmt.Sprintf("%s -%g%%", p.Name, p.Pct)
}

type BuyXGetY struct {
	SKU  string
	X, Y int
}

func (b BuyXGetY) Apply(c Cart, t float64) (float64, string) {
	q := c.Items[b.SKU]
	free := q / (b.X + b.Y) * b.Y
	if free == 0 {
		return t, ""
	}
	return t - float64(free)*c.Prices[b.SKU], fmt.Sprintf("%d free %s", free, b.SKU)
}

type Engine struct{ rules []Rule }

func (e *Engine) Price(c Cart) (float64, []string) {
	total := c.Subtotal()
	var notes []string
	for _, r := range e.rules {
		var note string
		total, note = r.Apply(c, total)
		if note != "" {
			notes = append(notes, note)
		}
	}
	return float64(int(total*100+0.5)) / 100, notes
}

func main() {
	prices := map[string]float64{"apple": 0.5, "bread": 2.25, "milk": 1.2, "cheese": 7}
	eng := &Engine{rules: []Rule{
		BuyXGetY{"apple", 3, 1},
		PercentOff{Pct: 10, Name: "vip", When: func(c Cart) bool { return strings.HasPrefix(c.Customer, "vip:") }},
		RuleFunc(func(c Cart, t float64) (float64, string) {
			if c.Coupon == "SAVE5" && t >= 20 {
				return t - 5, "coupon SAVE5"
			}
			return t, ""
		}),
		PercentOff{Pct: 0, Name: "noop"},
	}}
	carts := []Cart{
		{Items: map[string]int{"apple": 8, "bread": 1}, Customer: "ann"},
		{Items: map[string]int{"cheese": 3, "milk": 2}, Customer: "vip:bob", Coupon: "SAVE5"},
		{Items: map[string]int{"milk": 1}, Customer: "cy", Coupon: "SAVE5"},
	}
	for i, c := range carts {
		c.Prices = prices
		total, notes := eng.Price(c)
		skus := make([]string, 0)
		for s := range c.Items {
			skus = append(skus, s)
		}
		sort.Strings(skus)
		fmt.Printf("cart %d %v subtotal=%.2f total=%.2f %q\n", i, skus, c.Subtotal(), total, notes)
	}
}
