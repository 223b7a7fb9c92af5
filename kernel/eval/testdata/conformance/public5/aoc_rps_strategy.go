package main

import (
	"fmt"
	"strings"
)

type Shape int

const (
	Rock Shape = iota + 1
	Paper
	Scissors
)

func (s Shape) String() string {
	switch s {
	case Rock:
		return "Rock"
	case Paper:
		return "Paper"
	case Scissors:
		return "Scissors"
	}
	return fmt.Sprintf("Shape(%d)", int(s))
}

func (s Shape) Beats() Shape   { return (s+1)%3 + 1 }
func (s Shape) LosesTo() Shape { return s%3 + 1 }

func outcome(me, them Shape) int {
	switch {
	case me == them:
		return 3
	case me.Beats() == them:
		return 6
	}
	return 0
}

const guide = `A Y
B X
C Z
A Z
C X
B Y`

func main() {
	total1, total2 := 0, 0
	for _, line := range strings.Split(guide, "\n") {
		var a, b byte
		fmt.Sscanf(line, "%c %c", &a, &b)
		them := Shape(a - 'A' + 1)
		me := Shape(b - 'X' + 1)
		s1 := int(me) + outcome(me, them)
		var want Shape
		switch b {
		case 'X':
			want = them.Beats()
		case 'Y':
			want = them
		case 'Z':
			want = them.LosesTo()
		}
		s2 := int(want) + outcome(want, them)
		fmt.Printf("%-8v vs %-8v: %d | play %-8s: %d\n", me, them, s1, want, s2)
		total1 += s1
		total2 += s2
	}
	fmt.Println(total1, total2, Shape(7))
	for s := Rock; s <= Scissors; s++ {
		fmt.Println(s, "beats", s.Beats(), "loses to", s.LosesTo())
	}
}
