package main

import (
	"fmt"
	"strconv"
	"strings"
)

const program = `noop
addx 3
addx -5
addx 10
noop
addx -3
addx 7
addx 1
noop
addx -12
addx 8
addx 2
noop
addx 4
addx -1
addx 6
addx -9
noop
noop
addx 15
addx -20
addx 2
addx 3
addx 1`

type CPU struct {
	X      int
	Cycle  int
	OnTick func(cycle, x int)
}

func (c *CPU) tick() {
	c.Cycle++
	if c.OnTick != nil {
		c.OnTick(c.Cycle, c.X)
	}
}

func (c *CPU) Exec(line string) error {
	op, arg, _ := strings.Cut(line, " ")
	switch op {
	case "noop":
		c.tick()
	case "addx":
		v, err := strconv.Atoi(arg)
		if err != nil {
			return fmt.Errorf("addx %q: %w", arg, err)
		}
		c.tick()
		c.tick()
		c.X += v
	default:
		return fmt.Errorf("unknown op %q", op)
	}
	return nil
}

func main() {
	cpu := &CPU{X: 1}
	strength := 0
	var crt [4][12]byte
	cpu.OnTick = func(cycle, x int) {
		if (cycle-6)%8 == 0 {
			strength += cycle * x
			fmt.Printf("cycle %2d x=%3d signal %4d\n", cycle, x, cycle*x)
		}
		pos := (cycle - 1) % 12
		row := (cycle - 1) / 12
		if row < len(crt) {
			if pos >= x-1 && pos <= x+1 {
				crt[row][pos] = '#'
			} else {
				crt[row][pos] = '.'
			}
		}
	}
	for _, line := range strings.Split(program, "\n") {
		if err := cpu.Exec(line); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println("total", strength, "cycles", cpu.Cycle, "x", cpu.X)
	for _, row := range crt {
		fmt.Println(string(row[:]))
	}
	fmt.Println(cpu.Exec("addx q"), cpu.Exec("jmp 2"))
}
