package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Op byte

const (
	PUSH Op = iota
	ADD
	SUB
	MUL
	DUP
	SWAP
	JZ
	JMP
	PRINT
	HALT
)

var names = [...]string{"PUSH", "ADD", "SUB", "MUL", "DUP", "SWAP", "JZ", "JMP", "PRINT", "HALT"}

func (o Op) String() string { return names[o] }

type Instr struct {
	Op  Op
	Arg int
}

type VM struct {
	stack []int
	pc    int
	out   []string
	steps int
}

var ErrUnderflow = errors.New("stack underflow")

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(ErrUnderflow)
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run(prog []Instr) (err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			err = fmt.Errorf("pc %d (%v): %w", vm.pc, prog[vm.pc].Op, e)
		}
	}()
	for vm.pc < len(prog) {
		vm.steps++
		if vm.steps > 1000 {
			return errors.New("step limit")
		}
		in := prog[vm.pc]
		next := vm.pc + 1
		switch in.Op {
		case PUSH:
			vm.stack = append(vm.stack, in.Arg)
		case ADD, SUB, MUL:
			b, a := vm.pop(), vm.pop()
			vm.stack = append(vm.stack, map[Op]func(int, int) int{
				ADD: func(x, y int) int { return x + y },
				SUB: func(x, y int) int { return x - y },
				MUL: func(x, y int) int { return x * y },
			}[in.Op](a, b))
		case DUP:
			v := vm.pop()
			vm.stack = append(vm.stack, v, v)
		case SWAP:
			b, a := vm.pop(), vm.pop()
			vm.stack = append(vm.stack, b, a)
		case JZ:
			if vm.pop() == 0 {
				next = in.Arg
			}
		case JMP:
			next = in.Arg
		case PRINT:
			vm.out = append(vm.out, strconv.Itoa(vm.stack[len(vm.stack)-1]))
		case HALT:
			return nil
		}
		vm.pc = next
	}
	return nil
}

func assemble(src string) []Instr {
	var prog []Instr
	for _, line := range strings.Split(strings.TrimSpace(src), "\n") {
		f := strings.Fields(line)
		var op Op
		for i, n := range names {
			if n == f[0] {
				op = Op(i)
			}
		}
		in := Instr{Op: op}
		if len(f) > 1 {
			in.Arg, _ = strconv.Atoi(f[1])
		}
		prog = append(prog, in)
	}
	return prog
}

func main() {
	// factorial of 6: acc n
	fact := assemble(`
PUSH 1
PUSH 6
DUP
JZ 12
DUP
PRINT
SWAP
MUL
SWAP
PUSH 1
SUB
JMP 2
SWAP
PRINT
HALT`)
	_ = fact
	vm := &VM{}
	err := vm.Run(fact[:])
	fmt.Println(vm.out, vm.stack, err, vm.steps)
	bad := &VM{}
	err = bad.Run(assemble("PUSH 1\nADD\nPRINT"))
	fmt.Println(err, errors.Is(err, ErrUnderflow))
	loop := &VM{}
	fmt.Println(loop.Run(assemble("JMP 0")), fmt.Sprint(fact[3]), fact[3].Op)
}
