package main

import (
	"fmt"
	"strings"
)

var total = sum(values)
var values = parse(raw)
var raw = "3,4,5"
var report = func() string { return fmt.Sprintf("%d values, total %d, avg %.2f", len(values), total, avg) }()
var avg = float64(total) / float64(len(values))

var (
	greeting = strings.ToUpper(name) + "!"
	name     = defaultName()
)

func defaultName() string { return "world" }

func parse(s string) []int {
	var out []int
	for _, f := range strings.Split(s, ",") {
		var n int
		fmt.Sscan(f, &n)
		out = append(out, n)
	}
	return out
}

func sum(xs []int) (t int) {
	for _, x := range xs {
		t += x
	}
	return
}

func main() {
	fmt.Println(report)
	fmt.Println(greeting, values, total)
}
