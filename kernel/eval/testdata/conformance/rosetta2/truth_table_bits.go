package main

import (
	"fmt"
	"strings"
)

type expr func(vals map[string]bool) bool

func main() {
	vars := []string{"A", "B", "C"}
	exprs := []struct {
		name string
		f    expr
	}{
		{"A && B", func(v map[string]bool) bool { return v["A"] && v["B"] }},
		{"A || !C", func(v map[string]bool) bool { return v["A"] || !v["C"] }},
		{"A != B != C", func(v map[string]bool) bool { return v["A"] != v["B"] != v["C"] }},
	}
	header := strings.Join(vars, " ")
	for _, e := range exprs {
		header += " | " + e.name
	}
	fmt.Println(header)
	for i := 0; i < 1<<len(vars); i++ {
		vals := map[string]bool{}
		row := ""
		for j, name := range vars {
			b := i&(1<<(len(vars)-1-j)) != 0
			vals[name] = b
			row += map[bool]string{true: "T", false: "F"}[b] + " "
		}
		for _, e := range exprs {
			row += fmt.Sprintf("| %-*t ", len(e.name), e.f(vals))
		}
		fmt.Println(strings.TrimSpace(row))
	}
}
