package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const data = `region,product,units,price
north,widget,10,2.50
south,widget,4,2.50
north,gadget,3,10.00
east,"gizmo, deluxe",1,99.99
south,gadget,7,10.00
north,widget,5,2.50
west,widget,x,2.50
`

type key struct{ region, product string }

type agg struct {
	units   int
	revenue float64
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	header, err := r.Read()
	if err != nil {
		panic(err)
	}
	fmt.Println("columns:", header)
	totals := map[key]*agg{}
	line := 1
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line++
		if err != nil {
			fmt.Println("read:", err)
			continue
		}
		units, err := strconv.Atoi(rec[2])
		if err != nil {
			fmt.Printf("line %d: bad units: %v\n", line, err)
			continue
		}
		price, _ := strconv.ParseFloat(rec[3], 64)
		k := key{rec[0], rec[1]}
		a := totals[k]
		if a == nil {
			a = &agg{}
			totals[k] = a
		}
		a.units += units
		a.revenue += float64(units) * price
	}
	keys := make([]key, 0, len(totals))
	for k := range totals {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if totals[keys[i]].revenue != totals[keys[j]].revenue {
			return totals[keys[i]].revenue > totals[keys[j]].revenue
		}
		return keys[i].region < keys[j].region
	})
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(tw, "REGION\tPRODUCT\tUNITS\tREVENUE")
	fmt.Fprintln(tw, "------\t-------\t-----\t-------")
	var sum float64
	for _, k := range keys {
		a := totals[k]
		sum += a.revenue
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.2f\n", k.region, k.product, a.units, a.revenue)
	}
	fmt.Fprintf(tw, "\t\t\t%.2f\n", sum)
	tw.Flush()

	w := csv.NewWriter(os.Stdout)
	w.Comma = ';'
	for _, k := range keys[:3] {
		w.Write([]string{k.region, k.product, fmt.Sprint(totals[k].units), "note \"q\""})
	}
	w.Flush()
	fmt.Println(w.Error())

	r2 := csv.NewReader(strings.NewReader("a,b\n1,2,3\n"))
	_, err = r2.ReadAll()
	fmt.Println(err)
	r3 := csv.NewReader(strings.NewReader("# comment\nx y  z\n"))
	r3.Comment = '#'
	r3.Comma = ' '
	r3.FieldsPerRecord = -1
	all, err := r3.ReadAll()
	fmt.Printf("%q %v\n", all, err)
}
