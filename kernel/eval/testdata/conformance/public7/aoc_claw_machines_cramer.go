package main

import (
	"fmt"
	"strings"
)

const input = `Button A: X+94, Y+34
Button B: X+22, Y+67
Prize: X=8400, Y=5400

Button A: X+26, Y+66
Button B: X+67, Y+21
Prize: X=12748, Y=12176

Button A: X+17, Y+86
Button B: X+84, Y+37
Prize: X=7870, Y=6450

Button A: X+69, Y+23
Button B: X+27, Y+71
Prize: X=18641, Y=10279`

type Machine struct {
	AX, AY, BX, BY, PX, PY int64
}

func (m Machine) Solve(offset int64) (a, b int64, ok bool) {
	px, py := m.PX+offset, m.PY+offset
	det := m.AX*m.BY - m.AY*m.BX
	if det == 0 {
		return 0, 0, false
	}
	an := px*m.BY - py*m.BX
	bn := m.AX*py - m.AY*px
	if an%det != 0 || bn%det != 0 {
		return 0, 0, false
	}
	return an / det, bn / det, true
}

func main() {
	var ms []Machine
	for _, block := range strings.Split(input, "\n\n") {
		var m Machine
		n, err := fmt.Sscanf(block, "Button A: X+%d, Y+%d\nButton B: X+%d, Y+%d\nPrize: X=%d, Y=%d",
			&m.AX, &m.AY, &m.BX, &m.BY, &m.PX, &m.PY)
		if err != nil {
			fmt.Println(n, err)
			continue
		}
		ms = append(ms, m)
	}
	for _, off := range []int64{0, 10000000000000} {
		var tokens int64
		for i, m := range ms {
			a, b, ok := m.Solve(off)
			if ok && (off > 0 || a <= 100 && b <= 100) {
				tokens += 3*a + b
				fmt.Println(i, a, b)
			}
		}
		fmt.Println("tokens", tokens)
	}
}
