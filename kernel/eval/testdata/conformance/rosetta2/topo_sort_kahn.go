package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	deps := map[string][]string{
		"des_system_lib": {"std", "synopsys", "std_cell_lib", "dw02", "dw01", "ramlib", "ieee"},
		"dw01":           {"ieee", "dw01", "dware", "gtech"},
		"dw02":           {"ieee", "dw02", "dware"},
		"dw03":           {"std", "synopsys", "dware", "dw03", "dw02", "dw01", "ieee", "gtech"},
		"dw04":           {"dw04", "ieee", "dw01", "dware", "gtech"},
		"dw05":           {"dw05", "ieee", "dware"},
		"dw06":           {"dw06", "ieee", "dware"},
		"dw07":           {"ieee", "dware"},
		"dware":          {"ieee", "dware"},
		"gtech":          {"ieee", "gtech"},
		"ramlib":         {"std", "ieee"},
		"std_cell_lib":   {"ieee", "std_cell_lib"},
		"synopsys":       {},
	}
	indeg := map[string]int{}
	users := map[string][]string{}
	for lib, ds := range deps {
		if _, ok := indeg[lib]; !ok {
			indeg[lib] = 0
		}
		for _, d := range ds {
			if d == lib {
				continue
			}
			if _, ok := indeg[d]; !ok {
				indeg[d] = 0
			}
			indeg[lib]++
			users[d] = append(users[d], lib)
		}
	}
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	var order []string
	for len(ready) > 0 {
		sort.Strings(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, u := range users[n] {
			indeg[u]--
			if indeg[u] == 0 {
				ready = append(ready, u)
			}
		}
	}
	fmt.Println(strings.Join(order, "\n"))
	fmt.Println(len(order) == len(indeg))
}
