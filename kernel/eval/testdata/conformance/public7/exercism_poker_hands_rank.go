package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Card struct {
	Rank int
	Suit rune
}

type Hand struct {
	Src   string
	Cards []Card
}

var rankOf = map[string]int{"2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10, "J": 11, "Q": 12, "K": 13, "A": 14}

func parse(s string) (Hand, error) {
	fs := strings.Fields(s)
	if len(fs) != 5 {
		return Hand{}, errors.New("need 5 cards")
	}
	h := Hand{Src: s}
	for _, f := range fs {
		runes := []rune(f)
		suit := runes[len(runes)-1]
		r, ok := rankOf[string(runes[:len(runes)-1])]
		if !ok || !strings.ContainsRune("♤♡♢♧", suit) {
			return Hand{}, fmt.Errorf("bad card %q", f)
		}
		h.Cards = append(h.Cards, Card{r, suit})
	}
	return h, nil
}

// score returns the category and tie-breaking ranks.
func (h Hand) score() []int {
	counts := map[int]int{}
	flush := true
	for _, c := range h.Cards {
		counts[c.Rank]++
		if c.Suit != h.Cards[0].Suit {
			flush = false
		}
	}
	type rc struct{ rank, n int }
	var groups []rc
	for r, n := range counts {
		groups = append(groups, rc{r, n})
	}
	sort.Slice(groups, func(i, j int) bool {
		if groups[i].n != groups[j].n {
			return groups[i].n > groups[j].n
		}
		return groups[i].rank > groups[j].rank
	})
	ranks := make([]int, len(groups))
	for i, g := range groups {
		ranks[i] = g.rank
	}
	straight := len(groups) == 5 && ranks[0]-ranks[4] == 4
	if len(groups) == 5 && ranks[0] == 14 && ranks[1] == 5 {
		straight, ranks = true, []int{5, 4, 3, 2, 1}
	}
	var cat int
	switch {
	case straight && flush:
		cat = 8
	case groups[0].n == 4:
		cat = 7
	case groups[0].n == 3 && groups[1].n == 2:
		cat = 6
	case flush:
		cat = 5
	case straight:
		cat = 4
	case groups[0].n == 3:
		cat = 3
	case groups[0].n == 2 && groups[1].n == 2:
		cat = 2
	case groups[0].n == 2:
		cat = 1
	}
	return append([]int{cat}, ranks...)
}

func less(a, b []int) bool {
	for i := range a {
		if i >= len(b) {
			return false
		}
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}

func BestHand(hands []string) ([]string, error) {
	var best []int
	var winners []string
	for _, s := range hands {
		h, err := parse(s)
		if err != nil {
			return nil, err
		}
		sc := h.score()
		switch {
		case best == nil || less(best, sc):
			best, winners = sc, []string{s}
		case !less(sc, best):
			winners = append(winners, s)
		}
	}
	return winners, nil
}

func main() {
	games := [][]string{
		{"4♤ 5♤ 7♡ 8♢ J♧"},
		{"4♢ 5♤ 6♤ 8♢ 3♧", "2♤ 4♧ 7♤ 9♡ 10♡", "3♤ 4♤ 5♢ 6♡ J♡"},
		{"4♢ 5♤ 6♤ 8♢ 3♧", "2♤ 4♧ 7♤ 9♡ 10♡", "3♤ 4♤ 5♢ 6♡ J♡", "3♡ 4♡ 5♧ 6♧ J♢"},
		{"4♤ 5♤ 8♡ 8♢ J♧", "2♤ 8♡ 2♢ 8♢ 3♧"},
		{"4♢ A♡ 3♤ 2♢ 5♧", "10♧ J♡ Q♤ K♢ A♧"},
		{"2♡ 3♡ 4♡ 5♡ 6♡", "4♤ 4♡ 4♢ 4♧ 9♤"},
		{"2♡ 3♡ 4♡ 5♡ 6♡", "1♤ 2♡ 3♡ 4♡ 5♡"},
	}
	for _, g := range games {
		w, err := BestHand(g)
		fmt.Printf("%q %v\n", w, err)
	}
}
