package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Game struct {
	rolls []int
	done  bool
}

var (
	ErrNegative = errors.New("negative roll is invalid")
	ErrTooMany  = errors.New("pin count exceeds pins on the lane")
	ErrOver     = errors.New("cannot roll after game is over")
	ErrNotDone  = errors.New("score cannot be taken until the end of the game")
)

func (g *Game) frames() (frame int, first bool, pinsLeft int) {
	frame, first, pinsLeft = 0, true, 10
	i := 0
	for frame < 10 && i < len(g.rolls) {
		if g.rolls[i] == 10 {
			frame++
			i++
			continue
		}
		if i+1 < len(g.rolls) {
			frame++
			i += 2
			continue
		}
		return frame, false, 10 - g.rolls[i]
	}
	return frame, true, 10
}

func (g *Game) Roll(p int) error {
	if p < 0 {
		return ErrNegative
	}
	if p > 10 {
		return ErrTooMany
	}
	if g.complete() {
		return ErrOver
	}
	f, first, left := g.frames()
	if f < 10 && !first && p > left {
		return ErrTooMany
	}
	if f == 10 {
		bonus := g.bonusRolls()
		if len(bonus) == 1 && bonus[0] != 10 && bonus[0]+p > 10 {
			return ErrTooMany
		}
	}
	g.rolls = append(g.rolls, p)
	return nil
}

func (g *Game) bonusRolls() []int {
	i := 0
	for f := 0; f < 10; f++ {
		if g.rolls[i] == 10 {
			i++
		} else {
			i += 2
		}
	}
	return g.rolls[i:]
}

func (g *Game) complete() bool {
	f, first, _ := g.frames()
	if f < 10 || !first {
		return false
	}
	i := 0
	for fr := 0; fr < 9; fr++ {
		if g.rolls[i] == 10 {
			i++
		} else {
			i += 2
		}
	}
	last := g.rolls[i:]
	switch {
	case last[0] == 10:
		return len(last) >= 3
	case last[0]+last[1] == 10:
		return len(last) >= 3
	}
	return len(last) >= 2
}

func (g *Game) Score() (int, error) {
	if !g.complete() {
		return 0, ErrNotDone
	}
	s, i := 0, 0
	for f := 0; f < 10; f++ {
		switch {
		case g.rolls[i] == 10:
			s += 10 + g.rolls[i+1] + g.rolls[i+2]
			i++
		case g.rolls[i]+g.rolls[i+1] == 10:
			s += 10 + g.rolls[i+2]
			i += 2
		default:
			s += g.rolls[i] + g.rolls[i+1]
			i += 2
		}
	}
	return s, nil
}

func annotate(board []string) []string {
	out := make([]string, len(board))
	for y, row := range board {
		b := []byte(row)
		for x := range b {
			if b[x] == '*' {
				continue
			}
			n := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					yy, xx := y+dy, x+dx
					if yy >= 0 && yy < len(board) && xx >= 0 && xx < len(row) && board[yy][xx] == '*' {
						n++
					}
				}
			}
			if n > 0 {
				b[x] = byte('0' + n)
			}
		}
		out[y] = string(b)
	}
	return out
}

type hand struct {
	raw   string
	rank  int
	order []int
}

func parseHand(s string) hand {
	vals := map[byte]int{'2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7, '8': 8, '9': 9, 'T': 10, 'J': 11, 'Q': 12, 'K': 13, 'A': 14}
	counts := map[int]int{}
	suits := map[byte]bool{}
	for _, c := range strings.Fields(s) {
		counts[vals[c[0]]]++
		suits[c[len(c)-1]] = true
	}
	type vc struct{ v, c int }
	var g []vc
	for v, c := range counts {
		g = append(g, vc{v, c})
	}
	sort.Slice(g, func(i, j int) bool {
		if g[i].c != g[j].c {
			return g[i].c > g[j].c
		}
		return g[i].v > g[j].v
	})
	var order []int
	for _, x := range g {
		order = append(order, x.v)
	}
	flush := len(suits) == 1
	straight := len(g) == 5 && (g[0].v-g[4].v == 4)
	if len(g) == 5 && g[0].v == 14 && g[1].v == 5 {
		straight, order = true, []int{5, 4, 3, 2, 1}
	}
	rank := 0
	switch {
	case straight && flush:
		rank = 8
	case g[0].c == 4:
		rank = 7
	case g[0].c == 3 && g[1].c == 2:
		rank = 6
	case flush:
		rank = 5
	case straight:
		rank = 4
	case g[0].c == 3:
		rank = 3
	case g[0].c == 2 && g[1].c == 2:
		rank = 2
	case g[0].c == 2:
		rank = 1
	}
	return hand{s, rank, order}
}

func better(a, b hand) int {
	if a.rank != b.rank {
		return a.rank - b.rank
	}
	for i := range a.order {
		if a.order[i] != b.order[i] {
			return a.order[i] - b.order[i]
		}
	}
	return 0
}

func bestHands(hs []string) []string {
	var parsed []hand
	for _, h := range hs {
		parsed = append(parsed, parseHand(h))
	}
	best := parsed[0]
	for _, h := range parsed[1:] {
		if better(h, best) > 0 {
			best = h
		}
	}
	var out []string
	for _, h := range parsed {
		if better(h, best) == 0 {
			out = append(out, h.raw)
		}
	}
	return out
}

func main() {
	games := [][]int{
		{10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10},
		{9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9},
		{3, 6, 3, 6, 3, 6, 3, 6, 3, 6, 3, 6, 3, 6, 3, 6, 3, 6, 3, 6},
		{10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1},
		{1, 2, 3},
		{5, 6},
		{-1},
	}
	for _, rolls := range games {
		var g Game
		var err error
		for _, r := range rolls {
			if err = g.Roll(r); err != nil {
				break
			}
		}
		s, serr := g.Score()
		fmt.Println(s, err, serr)
	}
	var g Game
	for i := 0; i < 20; i++ {
		g.Roll(0)
	}
	fmt.Println(g.Roll(1), errors.Is(g.Roll(0), ErrOver))
	for _, l := range annotate([]string{" * * ", "  *  ", "  *  ", "     ", "*   *"}) {
		fmt.Printf("|%s|\n", l)
	}
	fmt.Println(bestHands([]string{"4S 5S 7H 8D JC", "2S 4C 7S 9H 10H"}))
	fmt.Println(bestHands([]string{"4D 5S 6S 8D 3C", "2S 4C 7S 9H TH", "3S 4S 5D 6H JH", "3H 4H 5C 6C JD"}))
	fmt.Println(bestHands([]string{"2S 8H 2D 8D 3H", "4S 5H 4C 8S 5D", "4H 4S 4D 9S 9D", "AS 2S 3S 4S 5S"}))
	fmt.Println(bestHands([]string{"4S 5H 4C 8C 5C", "AH 2C 3D 4S 5H", "KS AH QS TS JD"}))
}
