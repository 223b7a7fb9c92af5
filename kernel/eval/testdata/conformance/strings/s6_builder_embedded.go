package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

type Report struct {
	strings.Builder
	lines int
}

func (r *Report) Line(format string, args ...any) {
	fmt.Fprintf(r, format+"\n", args...)
	r.lines++
}

func main() {
	r := &Report{}
	r.Line("total: %d", 42)
	r.Line("name: %s", "go")
	tw := tabwriter.NewWriter(r, 0, 4, 1, ' ', 0)
	fmt.Fprintln(tw, "a\tbb\tccc")
	fmt.Fprintln(tw, "dddd\te\tf")
	tw.Flush()
	io.WriteString(r, "--")
	fmt.Print(r.String())
	fmt.Println()
	fmt.Println(r.lines, r.Len())
	var w io.Writer = r
	_, ok := w.(io.StringWriter)
	fmt.Println(ok)
}
