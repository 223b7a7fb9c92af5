package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = `root: pppw + sjmn
dbpl: 5
cczh: sllz + lgvd
zczc: 2
ptdq: humn - dvpt
dvpt: 3
lfqf: 4
humn: 5
ljgn: 2
sjmn: drzm * dbpl
sllz: 4
pppw: cczh / lfqf
lgvd: ljgn * ptdq
drzm: hmdt - zczc
hmdt: 32`

type Job interface{ isJob() }

type Num int
type Op struct {
	L, R string
	Op   byte
}

func (Num) isJob() {}
func (Op) isJob()  {}

func eval(jobs map[string]Job, name string) int {
	switch j := jobs[name].(type) {
	case Num:
		return int(j)
	case Op:
		l, r := eval(jobs, j.L), eval(jobs, j.R)
		switch j.Op {
		case '+':
			return l + r
		case '-':
			return l - r
		case '*':
			return l * r
		case '/':
			return l / r
		}
	}
	panic("bad job " + name)
}

func dependsOnHuman(jobs map[string]Job, name string) bool {
	if name == "humn" {
		return true
	}
	if op, ok := jobs[name].(Op); ok {
		return dependsOnHuman(jobs, op.L) || dependsOnHuman(jobs, op.R)
	}
	return false
}

// solve returns the humn value making name evaluate to target.
func solve(jobs map[string]Job, name string, target int) int {
	if name == "humn" {
		return target
	}
	op := jobs[name].(Op)
	if dependsOnHuman(jobs, op.L) {
		r := eval(jobs, op.R)
		switch op.Op {
		case '+':
			return solve(jobs, op.L, target-r)
		case '-':
			return solve(jobs, op.L, target+r)
		case '*':
			return solve(jobs, op.L, target/r)
		default:
			return solve(jobs, op.L, target*r)
		}
	}
	l := eval(jobs, op.L)
	switch op.Op {
	case '+':
		return solve(jobs, op.R, target-l)
	case '-':
		return solve(jobs, op.R, l-target)
	case '*':
		return solve(jobs, op.R, target/l)
	default:
		return solve(jobs, op.R, l/target)
	}
}

func main() {
	jobs := map[string]Job{}
	for _, line := range strings.Split(input, "\n") {
		name, rest, _ := strings.Cut(line, ": ")
		if n, err := strconv.Atoi(rest); err == nil {
			jobs[name] = Num(n)
			continue
		}
		f := strings.Fields(rest)
		jobs[name] = Op{f[0], f[2], f[1][0]}
	}
	fmt.Println("root", eval(jobs, "root"))
	root := jobs["root"].(Op)
	var h int
	if dependsOnHuman(jobs, root.L) {
		h = solve(jobs, root.L, eval(jobs, root.R))
	} else {
		h = solve(jobs, root.R, eval(jobs, root.L))
	}
	jobs["humn"] = Num(h)
	fmt.Println("humn", h, eval(jobs, root.L) == eval(jobs, root.R))
	fmt.Printf("%T %v\n", jobs["root"], jobs["root"])
}
