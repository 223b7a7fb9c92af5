package main

import (
	"container/ring"
	"fmt"
)

type Player struct {
	Name  string
	Score int
}

func (p *Player) String() string { return fmt.Sprintf("%s:%d", p.Name, p.Score) }

type Turner interface{ Turn(round int) int }

func (p *Player) Turn(round int) int {
	pts := (len(p.Name)*7 + round*3) % 5
	p.Score += pts
	return pts
}

func main() {
	names := []string{"ann", "bob", "cyd", "dee"}
	r := ring.New(len(names))
	for _, n := range names {
		r.Value = &Player{Name: n}
		r = r.Next()
	}
	for round := 1; round <= 6; round++ {
		t := r.Value.(Turner)
		pts := t.Turn(round)
		fmt.Printf("round %d: %v +%d\n", round, r.Value, pts)
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	removed := r.Unlink(1)
	fmt.Println("removed", removed.Value, r.Len(), removed.Len())
	best := r.Value.(*Player)
	r.Do(func(v any) {
		if p := v.(*Player); p.Score > best.Score {
			best = p
		}
	})
	fmt.Println("best", best)
	extra := ring.New(2)
	extra.Value = &Player{Name: "eve"}
	extra.Next().Value = &Player{Name: "fay", Score: 99}
	r.Link(extra)
	r.Do(func(v any) { fmt.Print(v.(fmt.Stringer).String(), " ") })
	fmt.Println(r.Len())
	back := r.Move(-2)
	fmt.Println(back.Value, r.Prev().Value)
}
