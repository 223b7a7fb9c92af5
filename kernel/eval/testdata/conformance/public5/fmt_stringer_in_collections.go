package main

import (
	"errors"
	"fmt"
	"strings"
)

type Suit int

const (
	Spades Suit = iota
	Hearts
	Diamonds
	Clubs
)

func (s Suit) String() string { return [...]string{"♠", "♥", "♦", "♣"}[s] }

type Card struct {
	Rank int
	Suit Suit
}

func (c Card) String() string {
	r := map[int]string{1: "A", 11: "J", 12: "Q", 13: "K"}[c.Rank]
	if r == "" {
		r = fmt.Sprint(c.Rank)
	}
	return r + c.Suit.String()
}

type Hand []Card

func (h Hand) String() string {
	parts := make([]string, len(h))
	for i, c := range h {
		parts[i] = c.String()
	}
	return "<" + strings.Join(parts, " ") + ">"
}

type Deck struct {
	Cards []Card
	Name  string
}

type PtrStringer struct{ n int }

func (p *PtrStringer) String() string { return fmt.Sprintf("P%d", p.n) }

type Err struct{ code int }

func (e Err) Error() string { return fmt.Sprintf("E%d", e.code) }

func deal(n int) []Card {
	out := make([]Card, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, Card{i%13 + 1, Suit(i % 4)})
	}
	return out
}

func byS() map[Suit][]Card {
	m := map[Suit][]Card{}
	for _, c := range deal(6) {
		m[c.Suit] = append(m[c.Suit], c)
	}
	return m
}

func main() {
	cards := []Card{{1, Spades}, {12, Hearts}, {7, Clubs}}
	fmt.Println(cards)
	fmt.Println(Hand(cards))
	fmt.Printf("%v %s %d\n", cards[0], cards[1], cards[2])
	fmt.Println(deal(5))
	fmt.Println(Hand(deal(3)))
	fmt.Println(byS())
	d := Deck{Cards: cards[:2], Name: "mini"}
	fmt.Printf("%v\n%+v\n", d, d)
	fmt.Println(map[Card]int{{1, Spades}: 1, {13, Hearts}: 2})
	fmt.Println([2]Suit{Hearts, Clubs}, []Suit{}, [][]Suit{{Spades}, {Diamonds}})
	ps := []*PtrStringer{{1}, {2}}
	fmt.Println(ps)
	vals := []PtrStringer{{3}, {4}}
	fmt.Println(vals)
	errs := []error{Err{1}, errors.New("plain"), nil}
	fmt.Println(errs)
	es := []Err{{5}, {6}}
	fmt.Println(es)
	fmt.Printf("%v %s\n", es, es)
	var anys = []any{Card{2, Hearts}, Hearts, 3, "s", nil}
	fmt.Println(anys)
	type Table struct {
		Hands map[string]Hand
	}
	fmt.Printf("%+v\n", Table{map[string]Hand{"n": Hand(deal(2)), "s": nil}})
	fmt.Println(fmt.Sprint(cards[0], cards[1]), fmt.Sprintln(Suit(2), Suit(3)))
}
