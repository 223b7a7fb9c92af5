package main

import (
	"errors"
	"fmt"
	"strings"
)

type Clock struct{ m int }

func New(h, m int) Clock {
	t := (h*60 + m) % (24 * 60)
	if t < 0 {
		t += 24 * 60
	}
	return Clock{t}
}
func (c Clock) Add(m int) Clock      { return New(0, c.m+m) }
func (c Clock) Subtract(m int) Clock { return New(0, c.m-m) }
func (c Clock) String() string       { return fmt.Sprintf("%02d:%02d", c.m/60, c.m%60) }

type Direction int

const (
	N Direction = iota
	E
	S
	W
)

func (d Direction) String() string { return "NESW"[d : d+1] }

type Robot struct {
	X, Y int
	Dir  Direction
}

var ErrBadCmd = errors.New("bad command")

func (r *Robot) Run(cmds string) error {
	for i, c := range cmds {
		switch c {
		case 'R':
			r.Dir = (r.Dir + 1) % 4
		case 'L':
			r.Dir = (r.Dir + 3) % 4
		case 'A':
			switch r.Dir {
			case N:
				r.Y++
			case E:
				r.X++
			case S:
				r.Y--
			case W:
				r.X--
			}
		default:
			return fmt.Errorf("at %d %q: %w", i, c, ErrBadCmd)
		}
	}
	return nil
}

func Acronym(s string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		b.WriteString(strings.ToUpper(w[:1]))
	}
	return b.String()
}

func IsIsogram(s string) bool {
	seen := map[rune]bool{}
	for _, r := range strings.ToLower(s) {
		if r == '-' || r == ' ' {
			continue
		}
		if seen[r] {
			return false
		}
		seen[r] = true
	}
	return true
}

func main() {
	fmt.Println(New(8, 0), New(25, 70), New(-1, -61), New(10, 3).Add(-30), New(0, 0).Subtract(1))
	fmt.Println(New(15, 37) == New(-9, 37), New(1, 0).Add(1440) == New(1, 0))
	r := &Robot{7, 3, N}
	fmt.Println(r.Run("RAALAL"), *r)
	fmt.Printf("%+v %v\n", *r, r.Dir)
	err := r.Run("AX")
	fmt.Println(err, errors.Is(err, ErrBadCmd))
	fmt.Println(Acronym("Portable Network Graphics"), Acronym("Complementary metal-oxide semiconductor"), Acronym("snake_case_name"))
	fmt.Println(IsIsogram("lumberjacks"), IsIsogram("isograms"), IsIsogram("six-year-old"))
	clocks := map[Clock]string{New(1, 0): "one", New(25, 0): "one again"}
	fmt.Println(len(clocks), clocks)
}
