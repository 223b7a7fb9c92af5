package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type LineItem struct {
	SKU   string  `json:"sku"`
	Qty   int     `json:"qty"`
	Price float64 `json:"price"`
}

type Order struct {
	ID       int        `json:"id"`
	Customer string     `json:"customer"`
	Items    []LineItem `json:"items"`
	Coupon   *string    `json:"coupon,omitempty"`
}

type Summary struct {
	Customer string  `json:"customer"`
	Orders   int     `json:"orders"`
	Total    float64 `json:"total"`
}

const input = `[
 {"id":1,"customer":"ann","items":[{"sku":"A","qty":2,"price":3.5},{"sku":"B","qty":1,"price":10}]},
 {"id":2,"customer":"bob","items":[{"sku":"A","qty":1,"price":3.5}],"coupon":"TENOFF"},
 {"id":3,"customer":"ann","items":[]},
 {"id":4,"customer":"cy","items":[{"sku":"C","qty":3,"price":0.99}]}
]`

func main() {
	var orders []Order
	if err := json.Unmarshal([]byte(input), &orders); err != nil {
		panic(err)
	}
	var mu sync.Mutex
	sums := map[string]*Summary{}
	var wg sync.WaitGroup
	for _, o := range orders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := 0.0
			for _, it := range o.Items {
				t += float64(it.Qty) * it.Price
			}
			if o.Coupon != nil && strings.HasPrefix(*o.Coupon, "TEN") {
				t *= 0.9
			}
			mu.Lock()
			defer mu.Unlock()
			s, ok := sums[o.Customer]
			if !ok {
				s = &Summary{Customer: o.Customer}
				sums[o.Customer] = s
			}
			s.Orders++
			s.Total += t
		}()
	}
	wg.Wait()
	var out []Summary
	for _, s := range sums {
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Customer < out[j].Customer })
	b, _ := json.MarshalIndent(out, "", "  ")
	fmt.Println(string(b))
	var back []map[string]any
	json.Unmarshal(b, &back)
	fmt.Println(back[0]["total"], back[1]["orders"])
	o2, _ := json.Marshal(orders[1])
	fmt.Println(string(o2))
}
