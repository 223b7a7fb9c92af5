package main

import (
	"errors"
	"fmt"
)

type Dir int

const (
	N Dir = iota
	E
	S
	W
)

func (d Dir) String() string { return [...]string{"north", "east", "south", "west"}[d] }

type Pos struct{ Easting, Northing int }

type Robot struct {
	Pos
	Dir
	Name string
}

func (r *Robot) Right() { r.Dir = (r.Dir + 1) % 4 }
func (r *Robot) Left()  { r.Dir = (r.Dir + 3) % 4 }
func (r *Robot) Advance() {
	switch r.Dir {
	case N:
		r.Northing++
	case S:
		r.Northing--
	case E:
		r.Easting++
	case W:
		r.Easting--
	}
}

type Rect struct{ Min, Max Pos }

func (rc Rect) Contains(p Pos) bool {
	return p.Easting >= rc.Min.Easting && p.Easting <= rc.Max.Easting &&
		p.Northing >= rc.Min.Northing && p.Northing <= rc.Max.Northing
}

var ErrCollision = errors.New("collision")

type Room struct {
	Rect
	robots []*Robot
}

func (rm *Room) Run(r *Robot, cmds string) error {
	for i, c := range cmds {
		switch c {
		case 'R':
			r.Right()
		case 'L':
			r.Left()
		case 'A':
			next := *r
			next.Advance()
			if !rm.Contains(next.Pos) {
				continue
			}
			for _, o := range rm.robots {
				if o != r && o.Pos == next.Pos {
					return fmt.Errorf("%s step %d at %v: %w with %s", r.Name, i, next.Pos, ErrCollision, o.Name)
				}
			}
			r.Pos = next.Pos
		default:
			return fmt.Errorf("%s: bad command %q", r.Name, c)
		}
	}
	return nil
}

func main() {
	r := Robot{Pos{7, 3}, N, "R1"}
	for _, c := range "RAALAL" {
		switch c {
		case 'R':
			r.Right()
		case 'L':
			r.Left()
		case 'A':
			r.Advance()
		}
	}
	fmt.Println(r.Pos, r.Dir, r)
	fmt.Printf("%+v\n", r)

	room := &Room{Rect: Rect{Pos{0, 0}, Pos{4, 4}}}
	a := &Robot{Pos{0, 0}, N, "A"}
	b := &Robot{Pos{2, 2}, W, "B"}
	room.robots = []*Robot{a, b}
	fmt.Println(room.Run(a, "AAAAAAAARAAAA"), a.Pos)
	fmt.Println(room.Run(b, "AAAAALLAAA"), b.Pos, b.Dir)
	err := room.Run(a, "RRAAAA")
	fmt.Println(err, errors.Is(err, ErrCollision), a.Pos)
	fmt.Println(room.Run(b, "AX"))
}
