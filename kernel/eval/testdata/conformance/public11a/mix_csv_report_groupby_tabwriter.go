package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const data = `region,product,units,price
north,widget,10,2.50
south,widget,4,2.50
north,gadget,2,12.00
east,widget,7,2.75
south,gizmo,1,99.99
north,widget,3,2.50
east,"gadget, deluxe",1,25.00
`

type agg struct {
	units   int
	revenue float64
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	recs, err := r.ReadAll()
	if err != nil {
		panic(err)
	}
	header, rows := recs[0], recs[1:]
	fmt.Println("columns:", strings.Join(header, "|"))
	byRegion := map[string]*agg{}
	byProduct := map[string]*agg{}
	for _, row := range rows {
		units, _ := strconv.Atoi(row[2])
		price, _ := strconv.ParseFloat(row[3], 64)
		for _, g := range []struct {
			m map[string]*agg
			k string
		}{{byRegion, row[0]}, {byProduct, row[1]}} {
			a := g.m[g.k]
			if a == nil {
				a = &agg{}
				g.m[g.k] = a
			}
			a.units += units
			a.revenue += float64(units) * price
		}
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "key\tunits\trevenue\t")
	for _, m := range []map[string]*agg{byRegion, byProduct} {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(tw, "%s\t%d\t%.2f\t\n", k, m[k].units, m[k].revenue)
		}
	}
	tw.Flush()
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"name", "note"})
	w.Write([]string{"a,b", `say "hi"`})
	w.Flush()
	fmt.Println(w.Error())
}
