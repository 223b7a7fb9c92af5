package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

type Species int

const (
	Rabbit Species = iota
	Fox
)

func (s Species) String() string { return [...]string{"rabbit", "fox"}[s] }

type Animal struct {
	ID     int
	Kind   Species
	Energy int
	Pos    [2]int
}

type World struct {
	Size    int
	Animals []*Animal
	nextID  int
	rng     *rand.Rand
}

func (w *World) Spawn(k Species) {
	w.nextID++
	w.Animals = append(w.Animals, &Animal{w.nextID, k, 5, [2]int{w.rng.Intn(w.Size), w.rng.Intn(w.Size)}})
}

func (w *World) Step() {
	for _, a := range w.Animals {
		d := w.rng.Intn(4)
		delta := [4][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}[d]
		for i := range 2 {
			a.Pos[i] = (a.Pos[i] + delta[i] + w.Size) % w.Size
		}
		a.Energy--
	}
	byPos := map[[2]int][]*Animal{}
	for _, a := range w.Animals {
		byPos[a.Pos] = append(byPos[a.Pos], a)
	}
	eaten := map[int]bool{}
	for _, group := range byPos {
		for _, f := range group {
			if f.Kind != Fox {
				continue
			}
			for _, r := range group {
				if r.Kind == Rabbit && !eaten[r.ID] {
					eaten[r.ID] = true
					f.Energy += 3
					break
				}
			}
		}
	}
	alive := w.Animals[:0]
	for _, a := range w.Animals {
		if !eaten[a.ID] && (a.Energy > 0 || a.Kind == Rabbit) {
			alive = append(alive, a)
		}
	}
	w.Animals = alive
}

func (w *World) Census() string {
	c := map[Species]int{}
	for _, a := range w.Animals {
		c[a.Kind]++
	}
	keys := []string{}
	for k, v := range c {
		keys = append(keys, fmt.Sprintf("%v=%d", k, v))
	}
	sort.Strings(keys)
	return strings.Join(keys, " ")
}

func main() {
	w := &World{Size: 6, rng: rand.New(rand.NewSource(1))}
	for range 12 {
		w.Spawn(Rabbit)
	}
	for range 4 {
		w.Spawn(Fox)
	}
	for step := range 6 {
		w.Step()
		fmt.Println(step, w.Census())
	}
}
