package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string { return fmt.Sprintf("%s: %d", p.Name, p.Age) }

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type earthMass float64
type au float64

type Planet struct {
	name     string
	mass     earthMass
	distance au
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

func main() {
	people := []Person{{"Bob", 31}, {"John", 42}, {"Michael", 17}, {"Jenny", 26}}
	fmt.Println(people)
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Age > people[j].Age })
	fmt.Println(people)
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
	a := []int{1, 3, 6, 10, 15, 21, 28, 36, 45, 55}
	x := 6
	i := sort.Search(len(a), func(i int) bool { return a[i] >= x })
	if i < len(a) && a[i] == x {
		fmt.Printf("found %d at index %d in %v\n", x, i, a)
	}
	ds := []int{55, 45, 36, 28, 21, 15, 10, 6, 3, 1}
	i = sort.Search(len(ds), func(i int) bool { return ds[i] <= x })
	fmt.Println(i)
	fmt.Println(sort.SearchInts(a, 11), sort.SearchStrings([]string{"a", "c"}, "b"), sort.SearchFloat64s([]float64{1.5, 2.5}, 2.5))
	idx, found := sort.Find(len(a), func(i int) int { return x - a[i] })
	fmt.Println(idx, found)
	s := []float64{5.2, -1.3, 0.7, -3.8, 2.6}
	sort.Sort(sort.Reverse(sort.Float64Slice(s)))
	fmt.Println(s)
	words := strings.Fields("banana Apple cherry apple Banana")
	sort.Strings(words)
	fmt.Println(words, sort.StringsAreSorted(words))
	sort.SliceStable(words, func(i, j int) bool { return strings.ToLower(words[i]) < strings.ToLower(words[j]) })
	fmt.Println(words)
	fmt.Println(sort.IsSorted(ByAge(people)), sort.SliceIsSorted(people, func(i, j int) bool { return people[i].Age > people[j].Age }))
}
