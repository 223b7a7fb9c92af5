package main

import (
	"errors"
	"fmt"
)

var (
	ErrPins     = errors.New("invalid pin count")
	ErrGameOver = errors.New("game over")
)

type Game struct {
	rolls []int
	frame int
	ball  int
	pins  int
}

func (g *Game) Roll(p int) error {
	if g.frame >= 10 {
		return ErrGameOver
	}
	if p < 0 || p > 10 || (g.frame < 9 && g.ball == 1 && g.pins+p > 10) {
		return fmt.Errorf("frame %d roll %d: %d: %w", g.frame+1, g.ball+1, p, ErrPins)
	}
	g.rolls = append(g.rolls, p)
	if g.frame < 9 {
		if g.ball == 0 && p == 10 {
			g.frame++
			return nil
		}
		if g.ball == 1 {
			g.frame++
			g.ball, g.pins = 0, 0
			return nil
		}
		g.ball, g.pins = 1, p
		return nil
	}
	// tenth frame: up to three rolls
	g.ball++
	tenth := g.rolls[len(g.rolls)-g.ball:]
	if g.ball == 2 && tenth[0]+tenth[1] < 10 || g.ball == 3 {
		g.frame++
	}
	return nil
}

func (g *Game) Score() int {
	score, i := 0, 0
	for f := 0; f < 10 && i < len(g.rolls); f++ {
		switch {
		case g.rolls[i] == 10:
			score += 10 + g.at(i+1) + g.at(i+2)
			i++
		case g.at(i)+g.at(i+1) == 10:
			score += 10 + g.at(i+2)
			i += 2
		default:
			score += g.at(i) + g.at(i+1)
			i += 2
		}
	}
	return score
}

func (g *Game) at(i int) int {
	if i < len(g.rolls) {
		return g.rolls[i]
	}
	return 0
}

func play(rolls ...int) (int, error) {
	var g Game
	for _, r := range rolls {
		if err := g.Roll(r); err != nil {
			return g.Score(), err
		}
	}
	return g.Score(), nil
}

func main() {
	perfect := make([]int, 12)
	for i := range perfect {
		perfect[i] = 10
	}
	fmt.Println(play(perfect...))
	fmt.Println(play(make([]int, 20)...))
	spares := make([]int, 21)
	for i := range spares {
		spares[i] = 5
	}
	fmt.Println(play(spares...))
	fmt.Println(play(10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1))
	fmt.Println(play(3, 8))
	_, err := play(append(perfect, 10)...)
	fmt.Println(err, errors.Is(err, ErrGameOver))
}
