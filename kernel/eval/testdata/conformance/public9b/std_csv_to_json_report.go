package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Sale struct {
	Region  string  `json:"region"`
	Product string  `json:"product"`
	Units   int     `json:"units"`
	Price   float64 `json:"price"`
}

type Summary struct {
	Region  string         `json:"region"`
	Revenue float64        `json:"revenue"`
	Units   int            `json:"units"`
	Top     string         `json:"top_product"`
	ByProd  map[string]int `json:"by_product"`
}

const data = `region,product,units,price
north,widget,10,2.50
south,gadget,3,10.00
north,gadget,1,10.00
east,widget,7,2.50
south,widget,oops,2.50
north,widget,5,2.75
east,gizmo,2,99.99
`

func main() {
	r := csv.NewReader(strings.NewReader(data))
	rows, err := r.ReadAll()
	if err != nil {
		fmt.Println(err)
		return
	}
	var sales []Sale
	for i, row := range rows[1:] {
		u, err := strconv.Atoi(row[2])
		if err != nil {
			fmt.Fprintf(os.Stdout, "row %d skipped: %v\n", i+2, err)
			continue
		}
		p, _ := strconv.ParseFloat(row[3], 64)
		sales = append(sales, Sale{row[0], row[1], u, p})
	}
	sums := map[string]*Summary{}
	for _, s := range sales {
		sm, ok := sums[s.Region]
		if !ok {
			sm = &Summary{Region: s.Region, ByProd: map[string]int{}}
			sums[s.Region] = sm
		}
		sm.Revenue += float64(s.Units) * s.Price
		sm.Units += s.Units
		sm.ByProd[s.Product] += s.Units
	}
	var out []Summary
	for _, sm := range sums {
		best := ""
		for p, u := range sm.ByProd {
			if best == "" || u > sm.ByProd[best] || u == sm.ByProd[best] && p < best {
				best = p
			}
		}
		sm.Top = best
		out = append(out, *sm)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Revenue > out[j].Revenue })
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(out)
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"region", "revenue"})
	for _, s := range out {
		w.Write([]string{s.Region, strconv.FormatFloat(s.Revenue, 'f', 2, 64)})
	}
	w.Flush()
}
