package main

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
)

const input = `32T3K 765
T55J5 684
KK677 28
KTJJT 220
QQQJA 483`

type Hand struct {
	Cards string
	Bid   int
	kind  int
}

func kind(cards string, jokers bool) int {
	counts := map[rune]int{}
	j := 0
	for _, c := range cards {
		if jokers && c == 'J' {
			j++
			continue
		}
		counts[c]++
	}
	var cs []int
	for _, n := range counts {
		cs = append(cs, n)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(cs)))
	if len(cs) == 0 {
		cs = []int{0}
	}
	cs[0] += j
	switch {
	case cs[0] == 5:
		return 6
	case cs[0] == 4:
		return 5
	case cs[0] == 3 && cs[1] == 2:
		return 4
	case cs[0] == 3:
		return 3
	case cs[0] == 2 && cs[1] == 2:
		return 2
	case cs[0] == 2:
		return 1
	}
	return 0
}

func winnings(hands []Hand, order string, jokers bool) int {
	hs := slices.Clone(hands)
	for i := range hs {
		hs[i].kind = kind(hs[i].Cards, jokers)
	}
	slices.SortFunc(hs, func(a, b Hand) int {
		if a.kind != b.kind {
			return a.kind - b.kind
		}
		for i := 0; i < 5; i++ {
			x, y := strings.IndexByte(order, a.Cards[i]), strings.IndexByte(order, b.Cards[i])
			if x != y {
				return x - y
			}
		}
		return 0
	})
	total := 0
	for i, h := range hs {
		total += (i + 1) * h.Bid
	}
	fmt.Println(hs)
	return total
}

func main() {
	var hands []Hand
	for _, l := range strings.Split(input, "\n") {
		f := strings.Fields(l)
		bid, _ := strconv.Atoi(f[1])
		hands = append(hands, Hand{Cards: f[0], Bid: bid})
	}
	fmt.Println(winnings(hands, "23456789TJQKA", false))
	fmt.Println(winnings(hands, "J23456789TQKA", true))
	fmt.Println(hands[0].kind)
}
