package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode"
)

const doc = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Go was designed at Google in 2007 to improve
programming productivity in an era of multicore, networked machines.`

func main() {
	lines := strings.Split(doc, "\n")
	words := strings.FieldsFunc(doc, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	letters, upper, digits := 0, 0, 0
	for _, r := range doc {
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	var buf bytes.Buffer
	w := tabwriter.NewWriter(&buf, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "lines\twords\tletters\tupper\tdigits\t")
	fmt.Fprintf(w, "%d\t%d\t%d\t%d\t%d\t\n", len(lines), len(words), letters, upper, digits)
	w.Flush()
	fmt.Print(buf.String())
	lengths := map[int][]string{}
	for _, wd := range words {
		lengths[len(wd)] = append(lengths[len(wd)], strings.ToLower(wd))
	}
	var ks []int
	for k := range lengths {
		ks = append(ks, k)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(ks)))
	buf.Reset()
	w = tabwriter.NewWriter(&buf, 4, 0, 2, '.', 0)
	for _, k := range ks[:3] {
		fmt.Fprintf(w, "%d\t%s\n", k, strings.Join(lengths[k], ","))
	}
	w.Flush()
	fmt.Print(buf.String())
}
