package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const notes = `Monkey 0:
  Starting items: 79, 98
  Operation: new = old * 19
  Test: divisible by 23
    If true: throw to monkey 2
    If false: throw to monkey 3

Monkey 1:
  Starting items: 54, 65, 75, 74
  Operation: new = old + 6
  Test: divisible by 19
    If true: throw to monkey 2
    If false: throw to monkey 0

Monkey 2:
  Starting items: 79, 60, 97
  Operation: new = old * old
  Test: divisible by 13
    If true: throw to monkey 1
    If false: throw to monkey 3

Monkey 3:
  Starting items: 74
  Operation: new = old + 3
  Test: divisible by 17
    If true: throw to monkey 0
    If false: throw to monkey 1`

type Monkey struct {
	ID        int
	Items     []int
	Op        func(int) int
	Div       int
	IfT, IfF  int
	Inspected int
}

func parseOp(expr string) func(int) int {
	f := strings.Fields(expr)
	operand := func(old int) int { return old }
	if f[2] != "old" {
		n, _ := strconv.Atoi(f[2])
		operand = func(int) int { return n }
	}
	if f[1] == "*" {
		return func(old int) int { return old * operand(old) }
	}
	return func(old int) int { return old + operand(old) }
}

func parse(s string) []*Monkey {
	var ms []*Monkey
	for _, block := range strings.Split(s, "\n\n") {
		m := &Monkey{}
		for _, line := range strings.Split(block, "\n") {
			line = strings.TrimSpace(line)
			key, val, _ := strings.Cut(line, ": ")
			switch {
			case strings.HasPrefix(key, "Monkey"):
				fmt.Sscanf(key, "Monkey %d:", &m.ID)
			case key == "Starting items":
				for _, it := range strings.Split(val, ", ") {
					n, _ := strconv.Atoi(it)
					m.Items = append(m.Items, n)
				}
			case key == "Operation":
				m.Op = parseOp(strings.TrimPrefix(val, "new = "))
			case key == "Test":
				fmt.Sscanf(val, "divisible by %d", &m.Div)
			case key == "If true":
				fmt.Sscanf(val, "throw to monkey %d", &m.IfT)
			case key == "If false":
				fmt.Sscanf(val, "throw to monkey %d", &m.IfF)
			}
		}
		ms = append(ms, m)
	}
	return ms
}

func business(rounds int, relief bool) int {
	ms := parse(notes)
	mod := 1
	for _, m := range ms {
		mod *= m.Div
	}
	for r := 0; r < rounds; r++ {
		for _, m := range ms {
			for _, it := range m.Items {
				m.Inspected++
				w := m.Op(it)
				if relief {
					w /= 3
				} else {
					w %= mod
				}
				to := m.IfF
				if w%m.Div == 0 {
					to = m.IfT
				}
				ms[to].Items = append(ms[to].Items, w)
			}
			m.Items = m.Items[:0]
		}
		if relief && r == 0 {
			for _, m := range ms {
				fmt.Printf("Monkey %d: %v\n", m.ID, m.Items)
			}
		}
	}
	counts := make([]int, len(ms))
	for i, m := range ms {
		counts[i] = m.Inspected
	}
	sort.Sort(sort.Reverse(sort.IntSlice(counts)))
	fmt.Println(counts)
	return counts[0] * counts[1]
}

func main() {
	fmt.Println(business(20, true))
	fmt.Println(business(1000, false))
}
