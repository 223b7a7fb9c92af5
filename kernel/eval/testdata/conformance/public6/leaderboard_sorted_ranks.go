package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Score struct {
	Player string
	Points int
	Time   int // seconds, lower is better
}

type Ranked struct {
	Rank int
	Score
}

func rank(scores []Score) []Ranked {
	s := slices.Clone(scores)
	slices.SortStableFunc(s, func(a, b Score) int {
		return cmp.Or(cmp.Compare(b.Points, a.Points), cmp.Compare(a.Time, b.Time))
	})
	out := make([]Ranked, len(s))
	for i, sc := range s {
		r := i + 1
		if i > 0 && sc.Points == s[i-1].Points && sc.Time == s[i-1].Time {
			r = out[i-1].Rank
		}
		out[i] = Ranked{r, sc}
	}
	return out
}

func main() {
	scores := []Score{
		{"ann", 90, 300}, {"bob", 95, 410}, {"cy", 90, 280}, {"dee", 90, 300},
		{"eve", 70, 100}, {"fox", 95, 410}, {"gus", 0, 999},
	}
	board := rank(scores)
	for _, r := range board {
		medal := ""
		switch r.Rank {
		case 1:
			medal = "🥇"
		case 2:
			medal = "🥈"
		case 3:
			medal = "🥉"
		}
		fmt.Printf("%d. %-4s %3d pts %4ds %s\n", r.Rank, r.Player, r.Points, r.Time, medal)
	}
	idx := slices.IndexFunc(board, func(r Ranked) bool { return r.Player == "dee" })
	fmt.Println("dee is", board[idx].Rank, "at index", idx)
	top := slices.DeleteFunc(slices.Clone(board), func(r Ranked) bool { return r.Rank > 3 })
	names := make([]string, len(top))
	for i, r := range top {
		names[i] = r.Player
	}
	fmt.Println("podium:", strings.Join(names, ","))
	best := slices.MaxFunc(scores, func(a, b Score) int { return cmp.Compare(a.Points, b.Points) })
	fmt.Println(best, scores[0])
}
