package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Planet struct {
	name     string
	mass     float64
	distance float64
}

type By func(p1, p2 *Planet) bool

func (by By) Sort(planets []Planet) {
	ps := &planetSorter{planets: planets, by: by}
	sort.Sort(ps)
}

type planetSorter struct {
	planets []Planet
	by      func(p1, p2 *Planet) bool
}

func (s *planetSorter) Len() int           { return len(s.planets) }
func (s *planetSorter) Swap(i, j int)      { s.planets[i], s.planets[j] = s.planets[j], s.planets[i] }
func (s *planetSorter) Less(i, j int) bool { return s.by(&s.planets[i], &s.planets[j]) }

var planets = []Planet{
	{"Mercury", 0.055, 0.4},
	{"Venus", 0.815, 0.7},
	{"Earth", 1.0, 1.0},
	{"Mars", 0.107, 1.5},
}

type caseless []string

func (c caseless) Len() int           { return len(c) }
func (c caseless) Less(i, j int) bool { return strings.ToLower(c[i]) < strings.ToLower(c[j]) }
func (c caseless) Swap(i, j int)      { c[i], c[j] = c[j], c[i] }

func main() {
	name := func(p1, p2 *Planet) bool { return p1.name < p2.name }
	mass := func(p1, p2 *Planet) bool { return p1.mass < p2.mass }
	distance := func(p1, p2 *Planet) bool { return p1.distance < p2.distance }
	decreasingDistance := func(p1, p2 *Planet) bool { return distance(p2, p1) }
	By(name).Sort(planets)
	fmt.Println("By name:", planets)
	By(mass).Sort(planets)
	fmt.Println("By mass:", planets)
	By(distance).Sort(planets)
	fmt.Println("By distance:", planets)
	By(decreasingDistance).Sort(planets)
	fmt.Println("By decreasing distance:", planets)
	words := caseless{"banana", "Apple", "cherry", "apricot"}
	sort.Sort(words)
	fmt.Println(words, sort.IsSorted(words))
	sort.Stable(sort.Reverse(words))
	fmt.Println(words)
	idx := slices.IndexFunc(planets, func(p Planet) bool { return p.name == "Earth" })
	fmt.Println(idx, planets[idx].mass)
}
