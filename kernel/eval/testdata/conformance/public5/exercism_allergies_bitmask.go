package main

import (
	"fmt"
	"strings"
)

type Allergen uint

const (
	Eggs Allergen = 1 << iota
	Peanuts
	Shellfish
	Strawberries
	Tomatoes
	Chocolate
	Pollen
	Cats
)

var names = []string{"eggs", "peanuts", "shellfish", "strawberries", "tomatoes", "chocolate", "pollen", "cats"}

func (a Allergen) String() string {
	if a == 0 {
		return "none"
	}
	var parts []string
	for i, n := range names {
		if a&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if rest := a &^ (1<<len(names) - 1); rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint(rest)))
	}
	return strings.Join(parts, "|")
}

func Allergies(score uint) []string {
	var out []string
	for i, n := range names {
		if score&(1<<uint(i)) != 0 {
			out = append(out, n)
		}
	}
	return out
}

func AllergicTo(score uint, substance string) bool {
	for i, n := range names {
		if n == substance {
			return score>>uint(i)&1 == 1
		}
	}
	return false
}

func main() {
	for _, s := range []uint{0, 1, 5, 34, 248, 255, 509} {
		fmt.Printf("%3d %08b %v\n", s, s&0xff, Allergies(s))
	}
	fmt.Println(AllergicTo(5, "shellfish"), AllergicTo(5, "peanuts"), AllergicTo(257, "eggs"))
	a := Eggs | Chocolate | Cats
	fmt.Println(a, Allergen(0), a&^Eggs, Allergen(300))
	fmt.Printf("%d %v %s %x\n", a, a, a|Pollen, uint(a))
	var set Allergen
	set |= Peanuts
	set ^= Tomatoes
	set ^= Peanuts
	fmt.Println(set, set&Tomatoes != 0)
}
