package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func main() {
	type Player struct {
		Name  string
		Score int
		Tags  []string
	}
	type Team struct {
		Name    string
		Players []Player
	}
	teams := []Team{
		{"red", []Player{{"ann", 30, nil}, {"bob", 12, []string{"rookie"}}}},
		{"blue", []Player{{"cy", 25, []string{"captain"}}, {"dee", 25, nil}, {"eve", 8, nil}}},
	}
	total := func(t Team) (s int) {
		for _, p := range t.Players {
			s += p.Score
		}
		return
	}
	slices.SortFunc(teams, func(a, b Team) int { return cmp.Compare(total(b), total(a)) })
	for _, t := range teams {
		fmt.Printf("%-5s %3d\n", t.Name, total(t))
	}
	var all []Player
	for _, t := range teams {
		all = append(all, t.Players...)
	}
	slices.SortStableFunc(all, func(a, b Player) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), strings.Compare(a.Name, b.Name))
	})
	fmt.Printf("%v\n%+v\n", all[0], all[len(all)-1])
	type Stat struct{ Min, Max int }
	st := Stat{all[len(all)-1].Score, all[0].Score}
	fmt.Printf("%v %+v %T\n", st, st, st)
	type Level int
	const (
		Low Level = iota + 1
		High
	)
	fmt.Println(Low, High, High > Low)
}
