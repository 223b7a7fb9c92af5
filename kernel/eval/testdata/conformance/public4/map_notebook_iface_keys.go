package main

import (
	"fmt"
	"sort"
)

type Greeter interface{ Greet() string }
type en struct{}
type fr struct{ polite bool }

func (en) Greet() string   { return "hello" }
func (f fr) Greet() string { return "salut" }

type Shape interface{ Area() int }
type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

func main() {
	counts := map[Greeter]int{}
	counts[fr{true}] = 1
	fmt.Println(len(counts))
	counts[fr{true}] = 2
	counts[en{}] = 5
	counts[en{}]++
	counts[fr{false}] += 10
	fmt.Println(len(counts))
	var g Greeter = fr{true}
	fmt.Println(counts[g])
	v, ok := counts[g]
	fmt.Println(v, ok)
	fmt.Println(counts[fr{true}], counts[en{}])
	var lines []string
	for k, v := range counts {
		lines = append(lines, fmt.Sprintf("%s %v %T", k.Greet(), v, k))
	}
	sort.Strings(lines)
	fmt.Println(lines)
	delete(counts, en{})
	fmt.Println(len(counts))
	areas := map[Shape]string{Sq{2}: "two", Sq{3}: "three"}
	fmt.Println(areas[Sq{2}], len(areas), areas)
	for k := range areas {
		if k.Area() == 9 {
			fmt.Println("found", k)
		}
	}
	var any1 = map[any]int{Sq{1}: 1, 2: 2}
	fmt.Println(any1[Sq{1}], any1[2])
	fmt.Printf("%T\n", areas)
}
