package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type Row struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	rows := []Row{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.2}}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "name\tqty\tprice\ttotal\t")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%d\t%.2f\t%.2f\t\n", r.Name, r.Qty, r.Price, float64(r.Qty)*r.Price)
	}
	w.Flush()

	var sb strings.Builder
	w2 := tabwriter.NewWriter(&sb, 8, 4, 2, '.', 0)
	fmt.Fprintf(w2, "a\tb\tc\n")
	fmt.Fprintf(w2, "aaaaaaaaa\tbb\tc\n")
	fmt.Fprintf(w2, "\t\tx\n")
	w2.Flush()
	fmt.Print(sb.String())

	w3 := tabwriter.NewWriter(os.Stdout, 4, 8, 1, '\t', tabwriter.TabIndent)
	fmt.Fprintln(w3, "x\ty\tz")
	fmt.Fprintln(w3, "longer\tyy\tz")
	w3.Flush()

	w4 := tabwriter.NewWriter(os.Stdout, 0, 0, 1, '-', tabwriter.DiscardEmptyColumns)
	fmt.Fprintln(w4, "k\t\tv")
	fmt.Fprintln(w4, "key\t\tvalue")
	w4.Flush()

	w5 := tabwriter.NewWriter(os.Stdout, 0, 0, 3, ' ', tabwriter.FilterHTML|tabwriter.StripEscape)
	fmt.Fprintln(w5, "<b>bold</b>\t&amp;\tx")
	fmt.Fprintln(w5, "\xffesc\taped\xff\ty\tz")
	w5.Flush()
}
