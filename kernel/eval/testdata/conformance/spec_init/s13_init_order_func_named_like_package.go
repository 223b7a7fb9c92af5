package main

import "fmt"

// Package-level variables are initialized in dependency order: values
// waits for raw, total for values. The func parse, declared below them,
// has the name of a standard package (text/template/parse), which the
// first pass over the declarations took for the package.

var total = sum(values)
var values = parse(raw)
var raw = "3,4,5"

var tree = template(values)

func parse(s string) []int {
	var out []int
	for _, f := range s {
		if f != ',' {
			out = append(out, int(f-'0'))
		}
	}
	return out
}

func template(xs []int) string { return fmt.Sprint(len(xs), " items") }

func sum(xs []int) (t int) {
	for _, x := range xs {
		t += x
	}
	return
}

func main() {
	fmt.Println(values, total, tree)
}
