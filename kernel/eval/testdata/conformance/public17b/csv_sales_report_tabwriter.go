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
south,gadget,3,10.00
north,gadget,7,9.50
east,widget,"1,000",2.25
south,widget,12,2.50
west,gizmo,x,1.00
north,widget,5,2.75
`

type Sale struct {
	Region, Product string
	Units           int
	Price           float64
}

func (s Sale) Revenue() float64 { return float64(s.Units) * s.Price }

func parse(r io.Reader) ([]Sale, []error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, []error{err}
	}
	_ = header
	var sales []Sale
	var errs []error
	line := 1
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line++
		if err != nil {
			errs = append(errs, err)
			continue
		}
		units, err := strconv.Atoi(strings.ReplaceAll(rec[2], ",", ""))
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: units: %w", line, err))
			continue
		}
		price, err := strconv.ParseFloat(rec[3], 64)
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: price: %w", line, err))
			continue
		}
		sales = append(sales, Sale{rec[0], rec[1], units, price})
	}
	return sales, errs
}

func main() {
	sales, errs := parse(strings.NewReader(data))
	for _, e := range errs {
		fmt.Println("error:", e)
	}
	byRegion := map[string]float64{}
	byProduct := map[string]int{}
	for _, s := range sales {
		byRegion[s.Region] += s.Revenue()
		byProduct[s.Product] += s.Units
	}
	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Slice(regions, func(i, j int) bool {
		if byRegion[regions[i]] != byRegion[regions[j]] {
			return byRegion[regions[i]] > byRegion[regions[j]]
		}
		return regions[i] < regions[j]
	})
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "region\trevenue\t")
	for _, r := range regions {
		fmt.Fprintf(tw, "%s\t%.2f\t\n", r, byRegion[r])
	}
	tw.Flush()
	products := make([]string, 0)
	for p := range byProduct {
		products = append(products, p)
	}
	sort.Strings(products)
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"product", "units"})
	for _, p := range products {
		w.Write([]string{p, strconv.Itoa(byProduct[p])})
	}
	w.Write([]string{"note, with comma", `say "hi"`})
	w.Flush()
	fmt.Println(w.Error())
}
