package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
)

type Combatant interface {
	Name() string
	Alive() bool
	Attack(target Combatant, rng *rand.Rand) string
	TakeDamage(n int)
	Initiative() int
}

type base struct {
	name  string
	hp    int
	maxHP int
	speed int
}

func (b *base) Name() string     { return b.name }
func (b *base) Alive() bool      { return b.hp > 0 }
func (b *base) Initiative() int  { return b.speed }
func (b *base) TakeDamage(n int) { b.hp = max(0, b.hp-n) }
func (b *base) status() string   { return fmt.Sprintf("%s %d/%d", b.name, b.hp, b.maxHP) }

type Warrior struct {
	base
	rage int
}

func (w *Warrior) Attack(t Combatant, rng *rand.Rand) string {
	dmg := 5 + rng.IntN(6) + w.rage
	w.rage++
	t.TakeDamage(dmg)
	return fmt.Sprintf("%s slashes %s for %d", w.name, t.Name(), dmg)
}

type Mage struct {
	base
	mana int
}

func (m *Mage) Attack(t Combatant, rng *rand.Rand) string {
	if m.mana >= 10 {
		m.mana -= 10
		dmg := 12 + rng.IntN(4)
		t.TakeDamage(dmg)
		return fmt.Sprintf("%s casts fireball at %s for %d", m.name, t.Name(), dmg)
	}
	m.mana += 5
	return fmt.Sprintf("%s meditates (mana %d)", m.name, m.mana)
}

type Goblin struct{ base }

func (g *Goblin) Attack(t Combatant, rng *rand.Rand) string {
	if rng.IntN(4) == 0 {
		return g.name + " misses"
	}
	dmg := 2 + rng.IntN(5)
	t.TakeDamage(dmg)
	return fmt.Sprintf("%s stabs %s for %d", g.name, t.Name(), dmg)
}

func firstAlive(cs []Combatant) Combatant {
	for _, c := range cs {
		if c.Alive() {
			return c
		}
	}
	return nil
}

func main() {
	rng := rand.New(rand.NewPCG(42, 1024))
	heroes := []Combatant{
		&Warrior{base: base{"Conan", 40, 40, 5}},
		&Mage{base: base{"Merlin", 25, 25, 7}, mana: 20},
	}
	monsters := []Combatant{
		&Goblin{base{"Gob-1", 20, 20, 6}},
		&Goblin{base{"Gob-2", 20, 20, 4}},
		&Goblin{base{"Gob-3", 15, 15, 8}},
	}
	all := append(append([]Combatant{}, heroes...), monsters...)
	sort.SliceStable(all, func(i, j int) bool { return all[i].Initiative() > all[j].Initiative() })
	isHero := map[Combatant]bool{heroes[0]: true, heroes[1]: true}
	round := 0
	for firstAlive(heroes) != nil && firstAlive(monsters) != nil && round < 20 {
		round++
		var log []string
		for _, c := range all {
			if !c.Alive() {
				continue
			}
			enemies := monsters
			if !isHero[c] {
				enemies = heroes
			}
			t := firstAlive(enemies)
			if t == nil {
				break
			}
			log = append(log, c.Attack(t, rng))
		}
		fmt.Printf("round %d: %s\n", round, strings.Join(log, "; "))
	}
	for _, c := range all {
		switch v := c.(type) {
		case *Warrior:
			fmt.Println(v.status(), "rage", v.rage)
		case *Mage:
			fmt.Println(v.status(), "mana", v.mana)
		case *Goblin:
			fmt.Println(v.status())
		}
	}
	winner := "monsters"
	if firstAlive(heroes) != nil {
		winner = "heroes"
	}
	fmt.Println("winner:", winner, "after", round, "rounds")
}
