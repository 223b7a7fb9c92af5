package main

import (
	"errors"
	"fmt"
)

var (
	ErrPins     = errors.New("invalid pin count")
	ErrGameOver = errors.New("game is over")
	ErrEarly    = errors.New("score cannot be taken until the end of the game")
)

type Game struct {
	rolls []int
	frame int
	first bool
	left  int
	bonus int
	done  bool
}

func NewGame() *Game { return &Game{frame: 1, first: true, left: 10} }

func (g *Game) Roll(p int) error {
	if g.done {
		return ErrGameOver
	}
	if p < 0 || p > g.left {
		return fmt.Errorf("roll %d in frame %d: %w", p, g.frame, ErrPins)
	}
	g.rolls = append(g.rolls, p)
	g.left -= p
	if g.frame == 10 {
		return g.tenth(p)
	}
	if g.left == 0 || !g.first {
		g.frame++
		g.first = true
		g.left = 10
	} else {
		g.first = false
	}
	return nil
}

func (g *Game) tenth(p int) error {
	g.bonus++
	switch g.bonus {
	case 1:
		if g.left == 0 {
			g.left = 10
		}
	case 2:
		if g.left == 0 {
			g.left = 10
		}
		first := g.rolls[len(g.rolls)-2]
		if first+p < 10 && first != 10 {
			g.done = true
		}
	case 3:
		g.done = true
	}
	return nil
}

func (g *Game) Score() (int, error) {
	if !g.done {
		return 0, ErrEarly
	}
	score, i := 0, 0
	for frame := 0; frame < 10; frame++ {
		switch {
		case g.rolls[i] == 10:
			score += 10 + g.rolls[i+1] + g.rolls[i+2]
			i++
		case g.rolls[i]+g.rolls[i+1] == 10:
			score += 10 + g.rolls[i+2]
			i += 2
		default:
			score += g.rolls[i] + g.rolls[i+1]
			i += 2
		}
	}
	return score, nil
}

func play(name string, rolls ...int) {
	g := NewGame()
	for i, r := range rolls {
		if err := g.Roll(r); err != nil {
			fmt.Printf("%-10s roll #%d: %v (pins? %v)\n", name, i, err, errors.Is(err, ErrPins))
			return
		}
	}
	s, err := g.Score()
	fmt.Printf("%-10s %3d %v\n", name, s, err)
}

func repeat(n int, vals ...int) []int {
	var out []int
	for range n {
		out = append(out, vals...)
	}
	return out
}

func main() {
	play("gutter", repeat(10, 0, 0)...)
	play("ones", repeat(20, 1)...)
	play("perfect", repeat(12, 10)...)
	play("spares", repeat(21, 5)...)
	play("mixed", 10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1)
	play("incomplete", 10, 10)
	play("toomany", append(repeat(10, 0, 0), 1)...)
	play("badframe", 5, 6)
	play("tenth", append(repeat(9, 0, 0), 7, 3, 10)...)
}
