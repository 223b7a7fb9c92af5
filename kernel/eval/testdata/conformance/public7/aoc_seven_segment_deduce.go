package main

import (
	"fmt"
	"math/bits"
	"strings"
)

const input = `be cfbegad cbdgef fgaecd cgeb fdcge agebfd fecdb fabcd edb | fdgacbe cefdb cefbgd gcbe
edbfga begcd cbg gc gcadebf fbgde acbgfd abcde gfcbed gfec | fcgedb cgb dgebacf gc
fgaebd cg bdaec gdafb agbcfd gdcbef bgcad gfac gcb cdgabef | cg cg fdcagb cbg`

type Set uint8

func parse(s string) Set {
	var m Set
	for _, r := range s {
		m |= 1 << (r - 'a')
	}
	return m
}

func (s Set) Len() int       { return bits.OnesCount8(uint8(s)) }
func (s Set) Has(o Set) bool { return s&o == o }

func decode(patterns []string) map[Set]int {
	var digit [10]Set
	var five, six []Set
	for _, p := range patterns {
		s := parse(p)
		switch s.Len() {
		case 2:
			digit[1] = s
		case 3:
			digit[7] = s
		case 4:
			digit[4] = s
		case 7:
			digit[8] = s
		case 5:
			five = append(five, s)
		case 6:
			six = append(six, s)
		}
	}
	for _, s := range six {
		switch {
		case s.Has(digit[4]):
			digit[9] = s
		case s.Has(digit[1]):
			digit[0] = s
		default:
			digit[6] = s
		}
	}
	for _, s := range five {
		switch {
		case s.Has(digit[1]):
			digit[3] = s
		case digit[6].Has(s):
			digit[5] = s
		default:
			digit[2] = s
		}
	}
	m := make(map[Set]int, 10)
	for d, s := range digit {
		m[s] = d
	}
	return m
}

func main() {
	easy, sum := 0, 0
	for _, line := range strings.Split(input, "\n") {
		left, right, _ := strings.Cut(line, " | ")
		m := decode(strings.Fields(left))
		n := 0
		for _, o := range strings.Fields(right) {
			d := m[parse(o)]
			if d == 1 || d == 4 || d == 7 || d == 8 {
				easy++
			}
			n = n*10 + d
		}
		fmt.Printf("%04d\n", n)
		sum += n
	}
	fmt.Println(easy, sum)
}
