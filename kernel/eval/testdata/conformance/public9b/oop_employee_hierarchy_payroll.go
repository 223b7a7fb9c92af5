package main

import (
	"fmt"
	"sort"
	"strings"
)

type Payable interface {
	Pay() float64
}

type Person interface {
	Payable
	Name() string
	Role() string
}

type base struct {
	name string
}

func (b base) Name() string { return b.name }

type Salaried struct {
	base
	Annual float64
}

func (s Salaried) Pay() float64 { return s.Annual / 12 }
func (s Salaried) Role() string { return "salaried" }

type Hourly struct {
	base
	Rate  float64
	Hours float64
}

func (h Hourly) Pay() float64 {
	if h.Hours <= 160 {
		return h.Rate * h.Hours
	}
	return h.Rate*160 + (h.Hours-160)*h.Rate*1.5
}
func (h Hourly) Role() string { return "hourly" }

type Manager struct {
	Salaried
	Reports []Person
	Bonus   float64
}

func (m Manager) Pay() float64 { return m.Salaried.Pay() + m.Bonus*float64(len(m.Reports)) }
func (m Manager) Role() string { return "manager of " + fmt.Sprint(len(m.Reports)) }

type Contractor struct {
	name    string
	invoice float64
}

func (c *Contractor) Pay() float64 { return c.invoice }

func payroll(ps []Payable) (total float64, lines []string) {
	for _, p := range ps {
		amt := p.Pay()
		total += amt
		switch v := p.(type) {
		case Person:
			lines = append(lines, fmt.Sprintf("%-6s %-14s %9.2f", v.Name(), v.Role(), amt))
		case *Contractor:
			lines = append(lines, fmt.Sprintf("%-6s %-14s %9.2f", v.name, "contractor", amt))
		}
	}
	return
}

func walk(p Person, depth int, visit func(Person, int)) {
	visit(p, depth)
	if m, ok := p.(Manager); ok {
		for _, r := range m.Reports {
			walk(r, depth+1, visit)
		}
	}
}

func main() {
	dev := Hourly{base{"dev"}, 50, 170}
	ops := Salaried{base{"ops"}, 60000}
	lead := Manager{Salaried{base{"lead"}, 90000}, []Person{dev, ops}, 200}
	cto := Manager{Salaried{base{"cto"}, 150000}, []Person{lead}, 1000}
	ps := []Payable{cto, lead, dev, ops, &Contractor{"ext", 3000}}
	total, lines := payroll(ps)
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, "\n"))
	fmt.Printf("total %.2f\n", total)
	walk(cto, 0, func(p Person, d int) {
		fmt.Printf("%s%s (%s)\n", strings.Repeat("  ", d), p.Name(), p.Role())
	})
	fmt.Println(lead.Salaried.Pay(), lead.Pay(), lead.Name(), lead.base.name)
}
