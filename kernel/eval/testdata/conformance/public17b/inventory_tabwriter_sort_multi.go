package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

type Product struct {
	SKU      string
	Name     string
	Category string
	Price    float64
	Stock    int
}

type By func(a, b *Product) bool

func (by By) Sort(ps []Product) {
	sort.Sort(&productSorter{ps, by})
}

type productSorter struct {
	ps []Product
	by By
}

func (s *productSorter) Len() int           { return len(s.ps) }
func (s *productSorter) Swap(i, j int)      { s.ps[i], s.ps[j] = s.ps[j], s.ps[i] }
func (s *productSorter) Less(i, j int) bool { return s.by(&s.ps[i], &s.ps[j]) }

type lessFunc func(a, b *Product) int

func OrderedBy(fs ...lessFunc) By {
	return func(a, b *Product) bool {
		for _, f := range fs {
			if c := f(a, b); c != 0 {
				return c < 0
			}
		}
		return false
	}
}

func cmpStr(a, b string) int { return strings.Compare(a, b) }

func report(title string, ps []Product) {
	fmt.Println("==", title)
	w := tabwriter.NewWriter(os.Stdout, 4, 0, 1, ' ', 0)
	fmt.Fprintln(w, "SKU\tName\tCategory\tPrice\tStock\t")
	fmt.Fprintln(w, "---\t----\t--------\t-----\t-----\t")
	for _, p := range ps {
		fmt.Fprintf(w, "%s\t%s\t%s\t%8.2f\t%d\t\n", p.SKU, p.Name, p.Category, p.Price, p.Stock)
	}
	w.Flush()
}

func main() {
	ps := []Product{
		{"K-100", "Keyboard", "input", 49.99, 12},
		{"M-200", "Mouse", "input", 19.5, 40},
		{"S-300", "Screen", "display", 199, 3},
		{"C-400", "Cable", "misc", 4.25, 0},
		{"P-500", "Projector", "display", 349.95, 3},
		{"T-600", "Trackpad", "input", 79, 12},
	}
	By(func(a, b *Product) bool { return a.Price < b.Price }).Sort(ps)
	report("by price", ps)
	OrderedBy(
		func(a, b *Product) int { return cmpStr(a.Category, b.Category) },
		func(a, b *Product) int { return b.Stock - a.Stock },
		func(a, b *Product) int { return cmpStr(a.Name, b.Name) },
	).Sort(ps)
	report("by category, stock desc, name", ps)
	totals := map[string]float64{}
	for _, p := range ps {
		totals[p.Category] += p.Price * float64(p.Stock)
	}
	cats := make([]string, 0, len(totals))
	for c := range totals {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, '.', tabwriter.AlignRight)
	for _, c := range cats {
		fmt.Fprintf(w, "%s\t%.2f\t\n", c, totals[c])
	}
	w.Flush()
	out := sort.SearchFloat64s([]float64{1, 2.5, 10}, 3)
	fmt.Println(out)
}
