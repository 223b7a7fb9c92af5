package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, '\t', tabwriter.AlignRight)
	fmt.Fprintln(w, "a\tb\tc\t")
	fmt.Fprintln(w, "aa\tbb\tcc\t")
	fmt.Fprintln(w, "aaa\t")
	fmt.Fprintln(w, "aaaa\tdddd\teeee\t")
	w.Flush()
	w2 := tabwriter.NewWriter(os.Stdout, 5, 0, 2, ' ', tabwriter.Debug)
	fmt.Fprintln(w2, "Name\tAge\tCity")
	fmt.Fprintln(w2, "Alice\t30\tParis")
	fmt.Fprintln(w2, "Bob\t4\tRome")
	w2.Flush()
	w3 := tabwriter.NewWriter(os.Stdout, 0, 0, 1, '.', 0)
	fmt.Fprintf(w3, "x\tyy\tzzz\n1\t22\t333\n")
	w3.Flush()
}
