package main

import (
	"fmt"
	"sort"
	"strings"
)

type Entity struct {
	ID   int
	Name string
	HP   int
}

func (e *Entity) Damage(n int) bool {
	e.HP = max(0, e.HP-n)
	return e.HP == 0
}
func (e *Entity) String() string { return fmt.Sprintf("%s#%d(%dhp)", e.Name, e.ID, e.HP) }
func (e *Entity) Alive() bool    { return e.HP > 0 }

type Actor interface {
	fmt.Stringer
	Alive() bool
	Damage(int) bool
	Act(w *World) string
}

type Player struct {
	*Entity
	Power int
}

type Monster struct {
	*Entity
	Bite int
}

type Healer struct {
	Player
	Heal int
}

func (p Player) Act(w *World) string {
	t := w.weakest(func(a Actor) bool { _, m := a.(Monster); return m })
	if t == nil {
		return p.Name + " idles"
	}
	dead := t.Damage(p.Power)
	return fmt.Sprintf("%s hits %v (dead=%v)", p.Name, t, dead)
}

func (m Monster) Act(w *World) string {
	t := w.weakest(func(a Actor) bool { _, mon := a.(Monster); return !mon })
	if t == nil {
		return m.Name + " roars"
	}
	t.Damage(m.Bite)
	return fmt.Sprintf("%s bites %v", m.Name, t)
}

func (h Healer) Act(w *World) string {
	t := w.weakest(func(a Actor) bool { _, mon := a.(Monster); return !mon })
	if t == nil {
		return h.Name + " prays"
	}
	if e, ok := t.(interface{ heal(int) }); ok {
		e.heal(h.Heal)
	}
	return fmt.Sprintf("%s heals %v", h.Name, t)
}

func (e *Entity) heal(n int) { e.HP += n }

type World struct{ actors []Actor }

func (w *World) weakest(pred func(Actor) bool) Actor {
	var best Actor
	bestHP := 1 << 30
	for _, a := range w.actors {
		if !a.Alive() || !pred(a) {
			continue
		}
		hp := 0
		fmt.Sscanf(strings.SplitN(a.String(), "(", 2)[1], "%dhp", &hp)
		if hp < bestHP {
			best, bestHP = a, hp
		}
	}
	return best
}

func main() {
	w := &World{actors: []Actor{
		Player{&Entity{1, "knight", 30}, 7},
		Healer{Player{&Entity{2, "cleric", 20}, 2}, 5},
		Monster{&Entity{3, "orc", 25}, 6},
		Monster{&Entity{4, "rat", 5}, 2},
	}}
	for round := 1; round <= 4; round++ {
		fmt.Println("round", round)
		for _, a := range w.actors {
			if a.Alive() {
				fmt.Println("  " + a.Act(w))
			}
		}
	}
	sort.Slice(w.actors, func(i, j int) bool { return w.actors[i].String() < w.actors[j].String() })
	fmt.Println(w.actors)
	h := w.actors[0].(Healer)
	fmt.Println(h.Name, h.Power, h.Player.Entity.ID, h.Alive())
}
