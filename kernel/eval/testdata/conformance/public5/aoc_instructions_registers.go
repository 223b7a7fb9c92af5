package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const prog = `b inc 5 if a > 1
a inc 1 if b < 5
c dec -10 if a >= 1
c inc -20 if c == 10
d inc 7 if zz != 0
zz dec 3 if d <= 0`

type Cond func(a, b int) bool

var conds = map[string]Cond{
	">":  func(a, b int) bool { return a > b },
	"<":  func(a, b int) bool { return a < b },
	">=": func(a, b int) bool { return a >= b },
	"<=": func(a, b int) bool { return a <= b },
	"==": func(a, b int) bool { return a == b },
	"!=": func(a, b int) bool { return a != b },
}

type Instr struct {
	Reg, Op string
	Amount  int
	CondReg string
	CondOp  string
	CondVal int
}

func parse(line string) (Instr, error) {
	f := strings.Fields(line)
	if len(f) != 7 || f[3] != "if" {
		return Instr{}, fmt.Errorf("bad line %q", line)
	}
	amt, err := strconv.Atoi(f[2])
	if err != nil {
		return Instr{}, err
	}
	cv, err := strconv.Atoi(f[6])
	if err != nil {
		return Instr{}, err
	}
	return Instr{f[0], f[1], amt, f[4], f[5], cv}, nil
}

func main() {
	regs := map[string]int{}
	highest := 0
	for _, line := range strings.Split(prog, "\n") {
		in, err := parse(line)
		if err != nil {
			fmt.Println(err)
			continue
		}
		if !conds[in.CondOp](regs[in.CondReg], in.CondVal) {
			fmt.Printf("skip  %+v\n", in)
			continue
		}
		delta := in.Amount
		if in.Op == "dec" {
			delta = -delta
		}
		regs[in.Reg] += delta
		highest = max(highest, regs[in.Reg])
		fmt.Printf("apply %s %+d -> %d\n", in.Reg, delta, regs[in.Reg])
	}
	names := make([]string, 0, len(regs))
	for k := range regs {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		return regs[names[i]] > regs[names[j]] || regs[names[i]] == regs[names[j]] && names[i] < names[j]
	})
	for _, n := range names {
		fmt.Printf("%s=%d ", n, regs[n])
	}
	fmt.Println("\nhighest ever:", highest)
	_, err := parse("x inc y if a > 1")
	fmt.Println(err)
}
