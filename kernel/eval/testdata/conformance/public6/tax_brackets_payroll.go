package main

import (
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
)

type Bracket struct {
	UpTo float64 // upper bound of the bracket; 0 means no bound
	Rate float64
}

type Employee struct {
	Name      string
	Salary    float64
	Allowance float64
	Dept      string
}

var brackets = []Bracket{{14_000, 0.06}, {50_000, 0.15}, {88_000, 0.24}, {150_000, 0.35}, {0, 0.38}}

func tax(income float64) (total float64, detail []string) {
	lower := 0.0
	for _, b := range brackets {
		if income <= lower {
			break
		}
		upper := b.UpTo
		if upper == 0 || income < upper {
			upper = income
		}
		part := (upper - lower) * b.Rate
		total += part
		detail = append(detail, fmt.Sprintf("%.0f%%:%.0f", b.Rate*100, part))
		lower = b.UpTo
		if b.UpTo == 0 {
			break
		}
	}
	return
}

func main() {
	staff := []Employee{
		{"Kim", 42_000, 2_000, "eng"}, {"Lee", 120_000, 0, "eng"},
		{"Park", 9_000, 500, "ops"}, {"Choi", 200_000, 10_000, "exec"},
	}
	sort.Slice(staff, func(i, j int) bool { return staff[i].Salary > staff[j].Salary })
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "name\tgross\ttax\tnet\teffective\t")
	deptNet := map[string]float64{}
	for _, e := range staff {
		gross := e.Salary + e.Allowance
		t, _ := tax(gross)
		net := gross - t
		deptNet[e.Dept] += net
		fmt.Fprintf(tw, "%s\t%.2f\t%.2f\t%.2f\t%.1f%%\t\n", e.Name, gross, t, net, t/gross*100)
	}
	tw.Flush()
	_, detail := tax(95_000)
	fmt.Println(detail)
	depts := make([]string, 0, len(deptNet))
	for d := range deptNet {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		fmt.Printf("%s=%.2f ", d, deptNet[d])
	}
	fmt.Println()
}
