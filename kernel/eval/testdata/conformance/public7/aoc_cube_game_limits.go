package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = `Game 1: 3 blue, 4 red; 1 red, 2 green, 6 blue; 2 green
Game 2: 1 blue, 2 green; 3 green, 4 blue, 1 red; 1 green, 1 blue
Game 3: 8 green, 6 blue, 20 red; 5 blue, 4 red, 13 green; 5 green, 1 red
Game 4: 1 green, 3 red, 6 blue; 3 green, 6 red; 3 green, 15 blue, 14 red
Game 5: 6 red, 1 blue, 3 green; 2 blue, 1 red, 2 green`

type Draw map[string]int

type Game struct {
	ID    int
	Draws []Draw
}

func parse(line string) (Game, error) {
	head, body, ok := strings.Cut(line, ": ")
	if !ok {
		return Game{}, fmt.Errorf("no colon in %q", line)
	}
	id, err := strconv.Atoi(strings.TrimPrefix(head, "Game "))
	if err != nil {
		return Game{}, fmt.Errorf("game id: %w", err)
	}
	g := Game{ID: id}
	for _, set := range strings.Split(body, "; ") {
		d := Draw{}
		for _, part := range strings.Split(set, ", ") {
			var n int
			var color string
			if _, err := fmt.Sscanf(part, "%d %s", &n, &color); err != nil {
				return Game{}, err
			}
			d[color] += n
		}
		g.Draws = append(g.Draws, d)
	}
	return g, nil
}

func (g Game) Max() Draw {
	m := Draw{}
	for _, d := range g.Draws {
		for c, n := range d {
			m[c] = max(m[c], n)
		}
	}
	return m
}

func main() {
	limit := Draw{"red": 12, "green": 13, "blue": 14}
	sumIDs, power := 0, 0
	for _, line := range strings.Split(input, "\n") {
		g, err := parse(line)
		if err != nil {
			fmt.Println(err)
			continue
		}
		m := g.Max()
		ok := true
		for c, n := range m {
			if n > limit[c] {
				ok = false
			}
		}
		if ok {
			sumIDs += g.ID
		}
		power += m["red"] * m["green"] * m["blue"]
		fmt.Println(g.ID, ok, m)
	}
	fmt.Println(sumIDs, power)
	_, err := parse("Game x: 1 red")
	fmt.Println(err)
}
