package main

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
)

type Instr struct {
	Op   string
	Args []string
	Line int
}

type AsmError struct {
	Line int
	Msg  string
}

func (e AsmError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func assemble(src string) ([]Instr, map[string]int, error) {
	var prog []Instr
	labels := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(src))
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if i := strings.IndexByte(text, ';'); i >= 0 {
			text = text[:i]
		}
		text = strings.TrimSpace(text)
		if text == "" {
			continue
		}
		if l, ok := strings.CutSuffix(text, ":"); ok {
			if _, dup := labels[l]; dup {
				return nil, nil, AsmError{line, "duplicate label " + l}
			}
			labels[l] = len(prog)
			continue
		}
		f := strings.Fields(strings.ReplaceAll(text, ",", " "))
		prog = append(prog, Instr{strings.ToLower(f[0]), f[1:], line})
	}
	for _, in := range prog {
		if in.Op == "jmp" || in.Op == "jnz" {
			target := in.Args[len(in.Args)-1]
			if _, ok := labels[target]; !ok {
				return nil, nil, AsmError{in.Line, "unknown label " + target}
			}
		}
	}
	return prog, labels, nil
}

type CPU struct {
	reg  map[string]int
	out  []string
	prog []Instr
	lab  map[string]int
}

func (c *CPU) val(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return c.reg[s]
}

func (c *CPU) run(limit int) error {
	ops := map[string]func(a []string, pc *int){
		"mov": func(a []string, pc *int) { c.reg[a[0]] = c.val(a[1]) },
		"add": func(a []string, pc *int) { c.reg[a[0]] += c.val(a[1]) },
		"mul": func(a []string, pc *int) { c.reg[a[0]] *= c.val(a[1]) },
		"dec": func(a []string, pc *int) { c.reg[a[0]]-- },
		"out": func(a []string, pc *int) { c.out = append(c.out, strconv.Itoa(c.val(a[0]))) },
		"jmp": func(a []string, pc *int) { *pc = c.lab[a[0]] - 1 },
		"jnz": func(a []string, pc *int) {
			if c.val(a[0]) != 0 {
				*pc = c.lab[a[1]] - 1
			}
		},
	}
	for pc, n := 0, 0; pc < len(c.prog); pc++ {
		if n++; n > limit {
			return fmt.Errorf("limit %d reached at pc %d", limit, pc)
		}
		in := c.prog[pc]
		op, ok := ops[in.Op]
		if !ok {
			return AsmError{in.Line, "unknown op " + in.Op}
		}
		op(in.Args, &pc)
	}
	return nil
}

const src = `
; powers of two and a countdown
	mov a, 1
	mov n, 10
loop:
	out a
	mul a, 2
	dec n
	jnz n, loop
	mov c, 3
down:
	out c
	dec c
	jnz c, down
`

func main() {
	prog, labels, err := assemble(src)
	fmt.Println(len(prog), labels, err)
	c := &CPU{reg: map[string]int{}, prog: prog, lab: labels}
	err = c.run(1000)
	fmt.Println(strings.Join(c.out, " "), err, c.reg["a"])
	_, _, err = assemble("x:\nx:\n")
	fmt.Println(err)
	_, _, err = assemble("jmp nowhere")
	var ae AsmError
	fmt.Println(err, fmt.Sprintf("%T", err))
	_ = ae
	p2, l2, _ := assemble("top:\n add x, 1\n jmp top")
	c2 := &CPU{reg: map[string]int{}, prog: p2, lab: l2}
	fmt.Println(c2.run(50), c2.reg["x"])
	p3, l3, _ := assemble("nop")
	c3 := &CPU{reg: map[string]int{}, prog: p3, lab: l3}
	fmt.Println(c3.run(5))
}
