package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = `R8,U5,L5,D3
U7,R6,D4,L4`

type pt struct{ x, y int }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func trace(path string) map[pt]int {
	steps := map[pt]int{}
	var p pt
	n := 0
	for _, mv := range strings.Split(path, ",") {
		d := map[byte]pt{'R': {1, 0}, 'L': {-1, 0}, 'U': {0, 1}, 'D': {0, -1}}[mv[0]]
		k, _ := strconv.Atoi(mv[1:])
		for ; k > 0; k-- {
			p = pt{p.x + d.x, p.y + d.y}
			n++
			if _, seen := steps[p]; !seen {
				steps[p] = n
			}
		}
	}
	return steps
}

func main() {
	lines := strings.Split(input, "\n")
	a, b := trace(lines[0]), trace(lines[1])
	bestDist, bestSteps := -1, -1
	for p, sa := range a {
		if sb, ok := b[p]; ok {
			if d := abs(p.x) + abs(p.y); bestDist < 0 || d < bestDist {
				bestDist = d
			}
			if s := sa + sb; bestSteps < 0 || s < bestSteps {
				bestSteps = s
			}
		}
	}
	fmt.Println(bestDist, bestSteps)
	// a register machine from a puzzle: cpy/inc/dec/jnz
	prog := strings.Fields("cpy 41 a\ninc a\ninc a\ndec a\njnz a 2\ndec a")
	type ins struct {
		op   string
		x, y string
	}
	var code []ins
	for i := 0; i < len(prog); {
		switch prog[i] {
		case "inc", "dec":
			code = append(code, ins{prog[i], prog[i+1], ""})
			i += 2
		default:
			code = append(code, ins{prog[i], prog[i+1], prog[i+2]})
			i += 3
		}
	}
	regs := map[string]int{}
	val := func(s string) int {
		if n, err := strconv.Atoi(s); err == nil {
			return n
		}
		return regs[s]
	}
	for pc := 0; pc < len(code); pc++ {
		switch c := code[pc]; c.op {
		case "cpy":
			regs[c.y] = val(c.x)
		case "inc":
			regs[c.x]++
		case "dec":
			regs[c.x]--
		case "jnz":
			if val(c.x) != 0 {
				pc += val(c.y) - 1
			}
		}
	}
	fmt.Println(regs["a"], len(code))
}
