package main

import (
	"errors"
	"fmt"
	"strings"
)

type Dir int

const (
	N Dir = iota
	E
	S
	W
)

func (d Dir) String() string { return [...]string{"north", "east", "south", "west"}[d] }

type Pos struct{ X, Y int }

type Robot struct {
	Pos
	Dir
	name string
}

type Action func(*Robot)

var actions = map[rune]Action{
	'R': func(r *Robot) { r.Dir = (r.Dir + 1) % 4 },
	'L': func(r *Robot) { r.Dir = (r.Dir + 3) % 4 },
	'A': (*Robot).advance,
}

func (r *Robot) advance() {
	switch r.Dir {
	case N:
		r.Y++
	case S:
		r.Y--
	case E:
		r.X++
	case W:
		r.X--
	}
}

var errBadCommand = errors.New("bad command")

func (r *Robot) Run(cmds string) error {
	for i, c := range cmds {
		a, ok := actions[c]
		if !ok {
			return fmt.Errorf("at %d (%q): %w", i, c, errBadCommand)
		}
		a(r)
	}
	return nil
}

type Namer struct {
	used map[string]bool
	next int
}

func (n *Namer) Name() (string, error) {
	const total = 26 * 26 * 1000
	for n.next < total {
		k := (n.next * 7919) % total
		n.next++
		name := fmt.Sprintf("%c%c%03d", 'A'+k/26000, 'A'+k/1000%26, k%1000)
		if !n.used[name] {
			n.used[name] = true
			return name, nil
		}
	}
	return "", errors.New("names exhausted")
}

func main() {
	namer := &Namer{used: map[string]bool{}}
	var robots []*Robot
	for i := 0; i < 4; i++ {
		name, err := namer.Name()
		if err != nil {
			panic(err)
		}
		robots = append(robots, &Robot{name: name})
	}
	robots[1].Pos = Pos{7, 3}
	robots[1].Dir = N
	robots[2].Pos = Pos{2, -7}
	robots[2].Dir = E
	programs := []string{"RAALAL", "RAALAL", "LAAARRRALLLL", "AAXA"}
	for i, r := range robots {
		err := r.Run(programs[i])
		fmt.Printf("%s at %+v facing %v err=%v\n", r.name, r.Pos, r.Dir, err)
	}
	fmt.Println(strings.Repeat("-", 10), errors.Is(robots[3].Run("?"), errBadCommand), robots[3].X)
}
