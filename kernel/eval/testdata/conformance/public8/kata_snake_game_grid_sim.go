package main

import (
	"fmt"
	"strings"
)

type P struct{ X, Y int }

type Game struct {
	W, H  int
	Snake []P
	Dir   P
	Food  []P
	Score int
	Over  bool
}

func (g *Game) Step() {
	if g.Over {
		return
	}
	head := g.Snake[0]
	nh := P{head.X + g.Dir.X, head.Y + g.Dir.Y}
	if nh.X < 0 || nh.Y < 0 || nh.X >= g.W || nh.Y >= g.H {
		g.Over = true
		return
	}
	for _, s := range g.Snake[:len(g.Snake)-1] {
		if s == nh {
			g.Over = true
			return
		}
	}
	g.Snake = append([]P{nh}, g.Snake...)
	ate := false
	for i, f := range g.Food {
		if f == nh {
			g.Food = append(g.Food[:i], g.Food[i+1:]...)
			g.Score++
			ate = true
			break
		}
	}
	if !ate {
		g.Snake = g.Snake[:len(g.Snake)-1]
	}
}

func (g *Game) String() string {
	rows := make([][]byte, g.H)
	for y := range rows {
		rows[y] = []byte(strings.Repeat(".", g.W))
	}
	for _, f := range g.Food {
		rows[f.Y][f.X] = '*'
	}
	for i, s := range g.Snake {
		c := byte('o')
		if i == 0 {
			c = '@'
		}
		rows[s.Y][s.X] = c
	}
	var b strings.Builder
	for _, r := range rows {
		b.Write(r)
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	g := &Game{W: 8, H: 5, Snake: []P{{2, 2}, {1, 2}}, Dir: P{1, 0}, Food: []P{{4, 2}, {5, 1}, {5, 3}}}
	dirs := map[byte]P{'U': {0, -1}, 'D': {0, 1}, 'L': {-1, 0}, 'R': {1, 0}}
	moves := "RRRURDDLLLUUUUU"
	for i := range len(moves) {
		g.Dir = dirs[moves[i]]
		g.Step()
		if i == 5 {
			fmt.Print(g)
		}
		if g.Over {
			fmt.Printf("game over at move %d (%c)\n", i, moves[i])
			break
		}
	}
	fmt.Print(g)
	fmt.Println("score", g.Score, "length", len(g.Snake))
}
