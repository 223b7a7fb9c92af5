package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 5, 0, 1, '-', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaa\tbbbbbbb\tc")
	fmt.Fprintln(w, "aa\t\tccc\t")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 4, 1, ' ', tabwriter.DiscardEmptyColumns)
	fmt.Fprintln(w, "x\t\ty")
	fmt.Fprintln(w, "xx\t\tyy")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 8, 8, 0, '\t', tabwriter.TabIndent)
	fmt.Fprintln(w, "\tindented\tcol")
	fmt.Fprintln(w, "\tmore\tcol2")
	w.Flush()
}
