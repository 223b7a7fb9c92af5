package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Priority int

const (
	Low Priority = iota
	Mid
	High
)

func (p Priority) String() string { return [...]string{"low", "mid", "high"}[p] }

type Ticket struct {
	ID    int
	Pri   Priority
	Title string
	Due   *int
}

type Order []func(a, b Ticket) int

func (o Order) Compare(a, b Ticket) int {
	for _, f := range o {
		if c := f(a, b); c != 0 {
			return c
		}
	}
	return 0
}

func byPri(a, b Ticket) int { return cmp.Compare(b.Pri, a.Pri) }
func byTitle(a, b Ticket) int {
	return strings.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title))
}
func byDue(a, b Ticket) int {
	switch {
	case a.Due == nil && b.Due == nil:
		return 0
	case a.Due == nil:
		return 1
	case b.Due == nil:
		return -1
	}
	return cmp.Compare(*a.Due, *b.Due)
}

func ids(ts []Ticket) []int {
	out := make([]int, len(ts))
	for i, t := range ts {
		out[i] = t.ID
	}
	return out
}

func main() {
	d := func(n int) *int { return &n }
	ts := []Ticket{{1, Low, "b", d(3)}, {2, High, "a", nil}, {3, High, "C", d(1)}, {4, Mid, "a", d(1)}, {5, High, "c", d(1)}}
	slices.SortStableFunc(ts, Order{byPri, byDue}.Compare)
	fmt.Println(ids(ts))
	slices.SortStableFunc(ts, Order{byTitle, byPri}.Compare)
	fmt.Println(ids(ts))
	slices.SortFunc(ts, Order{byDue, byPri, func(a, b Ticket) int { return cmp.Compare(a.ID, b.ID) }}.Compare)
	fmt.Println(ids(ts))
	fmt.Println(cmp.Compare(High, Low), cmp.Less(Mid, High), max(Low, High, Mid), min(High, Mid))
	fmt.Println(cmp.Or(Priority(0), Mid, High), slices.Max([]Priority{Low, High, Mid}))
	fmt.Println(cmp.Compare(-0.0, 0.0), cmp.Compare("a", "B"), cmp.Less[float64](1, 2))
}
