package main

import (
	"fmt"
	"strings"
)

const input = `forward 5
down 5
forward 8
up 3
down 8
forward 2`

type Sub struct {
	X, Depth, Aim int
}

type Command struct {
	Dir string
	N   int
}

func (s *Sub) Apply1(c Command) {
	switch c.Dir {
	case "forward":
		s.X += c.N
	case "down":
		s.Depth += c.N
	case "up":
		s.Depth -= c.N
	}
}

func (s *Sub) Apply2(c Command) {
	switch c.Dir {
	case "forward":
		s.X += c.N
		s.Depth += s.Aim * c.N
	case "down":
		s.Aim += c.N
	case "up":
		s.Aim -= c.N
	}
}

func main() {
	var cmds []Command
	for _, line := range strings.Split(input, "\n") {
		var c Command
		if _, err := fmt.Sscanf(line, "%s %d", &c.Dir, &c.N); err != nil {
			fmt.Println("bad line:", err)
			continue
		}
		cmds = append(cmds, c)
	}
	var a, b Sub
	step := []func(Command){a.Apply1, b.Apply2}
	_ = step
	for _, c := range cmds {
		a.Apply1(c)
		b.Apply2(c)
	}
	fmt.Printf("%+v -> %d\n", a, a.X*a.Depth)
	fmt.Printf("%+v -> %d\n", b, b.X*b.Depth)
	// method values bound to pointers keep updating the same subs
	var c Sub
	apply := c.Apply2
	for _, cmd := range cmds[:3] {
		apply(cmd)
	}
	fmt.Printf("%+v\n", c)
}
