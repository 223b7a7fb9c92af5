package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Clock struct{ m int }

const day = 24 * 60

func New(h, m int) Clock {
	t := (h*60 + m) % day
	if t < 0 {
		t += day
	}
	return Clock{t}
}

func (c Clock) Add(m int) Clock      { return New(0, c.m+m) }
func (c Clock) Subtract(m int) Clock { return New(0, c.m-m) }
func (c Clock) String() string       { return fmt.Sprintf("%02d:%02d", c.m/60, c.m%60) }

type Dir int

const (
	N Dir = iota
	E
	S
	W
)

func (d Dir) String() string { return [...]string{"N", "E", "S", "W"}[d] }

type Robot struct {
	X, Y int
	D    Dir
}

var ErrBadCmd = errors.New("bad command")

func (r *Robot) Run(cmds string) error {
	for i, c := range cmds {
		switch c {
		case 'R':
			r.D = (r.D + 1) % 4
		case 'L':
			r.D = (r.D + 3) % 4
		case 'A':
			switch r.D {
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

type School struct{ grades map[int][]string }

func (s *School) Add(name string, grade int) bool {
	if s.grades == nil {
		s.grades = map[int][]string{}
	}
	for _, names := range s.grades {
		for _, n := range names {
			if n == name {
				return false
			}
		}
	}
	s.grades[grade] = append(s.grades[grade], name)
	sort.Strings(s.grades[grade])
	return true
}

type Grade struct {
	Level    int
	Students []string
}

func (s *School) Enrollment() []Grade {
	var out []Grade
	for g, names := range s.grades {
		out = append(out, Grade{g, names})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Level < out[j].Level })
	return out
}

func main() {
	fmt.Println(New(8, 0), New(11, 9), New(24, 0), New(25, 160), New(-1, 15), New(-25, -160), New(201, 3001))
	c := New(10, 0)
	fmt.Println(c.Add(3), c.Add(61), c.Add(1440*3+1), c.Subtract(601), c.Subtract(3000))
	fmt.Println(New(15, 37) == New(-9, 37), New(0, 1440) == New(0, 0), New(1, 0) == New(0, 61))
	clocks := map[Clock]string{New(1, 0): "one"}
	fmt.Println(clocks[New(0, 60)], clocks[New(25, 0)])
	r := &Robot{7, 3, N}
	fmt.Println(r.Run("RAALAL"), *r)
	err := r.Run("AAX")
	fmt.Println(err, errors.Is(err, ErrBadCmd), *r)
	fmt.Printf("%v %+v %d\n", r.D, *r, r.D)
	var s School
	for _, e := range []struct {
		n string
		g int
	}{{"Jim", 3}, {"Aimee", 2}, {"Peter", 2}, {"Blair", 2}, {"Jim", 1}, {"Zoe", 7}} {
		fmt.Print(s.Add(e.n, e.g), " ")
	}
	fmt.Println()
	for _, g := range s.Enrollment() {
		fmt.Printf("%d: %s\n", g.Level, strings.Join(g.Students, ", "))
	}
	fmt.Printf("%v\n", s.Enrollment())
}
