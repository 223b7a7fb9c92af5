package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type row struct {
	name  string
	qty   int
	price float64
}

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "NAME\tQTY\tPRICE\t")
	for _, r := range []row{{"apple", 3, 1.5}, {"watermelon", 10, 12.25}, {"fig", 100, 0.3}} {
		fmt.Fprintf(w, "%s\t%d\t%.2f\t\n", r.name, r.qty, r.price)
	}
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tbbb\tc\t")
	fmt.Fprintln(w, "aaaa\tb\tccccc\t")
	fmt.Fprintln(w, "x\t\ty\t")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 4, 0, '\t', tabwriter.TabIndent)
	fmt.Fprintln(w, "\tindented\tcol")
	fmt.Fprintln(w, "\t\tdeeper\tcol")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '-', tabwriter.DiscardEmptyColumns)
	fmt.Fprintln(w, "one\t\tthree")
	fmt.Fprintln(w, "1\t\t3")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "new\tblock")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.FilterHTML|tabwriter.StripEscape)
	fmt.Fprintln(w, "<b>bold</b>\t&amp;\tx")
	fmt.Fprintln(w, "\xffesc\taped\xff\ty\tz")
	w.Flush()
}
